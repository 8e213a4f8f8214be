import Foundation
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// Everything billing knows about one lease, read inside a transaction, and its domain
/// form for the arithmetic (`ChargeBalance`, `PaymentAllocator`, `Ledger`,
/// `CreditApplication`). Dates the tables do not store are derived (docs/api/billing.md
/// "Ledger rules"):
/// - a rent charge is posted on the first day of its month, any other charge on the
///   earlier of its due date and the day it was recorded;
/// - a void counts from the (UTC) day it was recorded, a reversal likewise, never before
///   the charge's posting or the payment's date;
/// - an allocation counts from the later of its payment's date and its charge's posting.
struct LeaseBooks: Sendable {
    let leaseID: UUID
    let charges: [ChargeRecord]
    let payments: [PaymentRecord]
    let allocations: [AllocationRecord]

    /// Reads the lease's charges (locked `FOR UPDATE`), payments and allocations. The
    /// caller has locked the lease row, so no other money-moving mutation of the lease runs.
    static func load(leaseID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> LeaseBooks {
        LeaseBooks(
            leaseID: leaseID,
            charges: try await ChargeRepository.lockAll(leaseID: leaseID, orgID: orgID, on: connection),
            payments: try await PaymentRepository.all(leaseID: leaseID, orgID: orgID, on: connection),
            allocations: try await PaymentRepository.allocations(leaseID: leaseID, orgID: orgID, on: connection))
    }

    /// A day after every stored date: "now, everything counted".
    // A literal valid date: the initialiser cannot fail here.
    static let endOfTime = try! LocalDate(year: 9999, month: 12, day: 31)

    static func postedOn(_ charge: ChargeRecord) -> LocalDate {
        if let month = charge.rentMonth { return min(month.firstDay, charge.dueDate) }
        return min(charge.dueDate, UTCDay.of(charge.createdAt))
    }

    func domainCharges(_ currency: CurrencyCode) -> [Charge] {
        charges.map { record in
            let posted = Self.postedOn(record)
            return Charge(
                id: EntityID(record.id), leaseId: EntityID(record.leaseID), kind: record.kind,
                amount: Money(minorUnits: record.amountMinor, currency: currency), postedOn: posted, dueOn: record.dueDate,
                voidedOn: record.voidedAt.map { max(UTCDay.of($0), posted) })
        }
    }

    func domainPayments(_ currency: CurrencyCode) -> [Payment] {
        payments.map { record in
            Payment(
                id: EntityID(record.id), leaseId: EntityID(record.leaseID),
                amount: Money(minorUnits: record.amountMinor, currency: currency), receivedOn: record.paidOn,
                method: record.method, reversedOn: record.reversedAt.map { max(UTCDay.of($0), record.paidOn) })
        }
    }

    func domainAllocations(_ currency: CurrencyCode) -> [Allocation] {
        let paidOn = Dictionary(payments.map { ($0.id.lowercased(), $0.paidOn) }, uniquingKeysWith: { a, _ in a })
        let posted = Dictionary(charges.map { ($0.id.lowercased(), Self.postedOn($0)) }, uniquingKeysWith: { a, _ in a })
        return allocations.map { record in
            let day = max(paidOn[record.paymentID.lowercased()] ?? Self.endOfTime, posted[record.chargeID.lowercased()] ?? Self.endOfTime)
            return Allocation(
                paymentId: EntityID(record.paymentID), chargeId: EntityID(record.chargeID),
                amount: Money(minorUnits: record.amountMinor, currency: currency), appliedOn: day)
        }
    }

    /// Every charge with what remains of it now (voids and reversals counted).
    func currentBalances(_ currency: CurrencyCode) throws -> [ChargeBalance] {
        try ChargeBalance.compute(
            charges: domainCharges(currency), payments: domainPayments(currency), allocations: domainAllocations(currency),
            asOf: Self.endOfTime)
    }

    /// The ledger as of `date`.
    func ledger(_ currency: CurrencyCode, asOf date: LocalDate) throws -> Ledger {
        try Ledger(
            currency: currency, charges: domainCharges(currency), payments: domainPayments(currency),
            allocations: domainAllocations(currency), asOf: date)
    }
}
