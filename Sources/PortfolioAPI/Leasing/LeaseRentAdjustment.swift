import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// Keeps a lease's rent from billing days after its end: called by `endLease` and by
/// `updateLease` when the end date moves earlier, inside their transaction (lease row already
/// locked). The domain's `LeaseRentTrim` decides which standing rent charges to void and the
/// prorated replacement of the end month; `LeaseRentTrimming` writes it.
///
/// A charge that standing payments are allocated to cannot be voided (billing's
/// `CHARGE_ALLOCATED` rule), and this mutation does not decide where that money should go:
/// the whole change is refused with BAD_USER_INPUT on `field` (code `CHARGE_ALLOCATED`), one
/// entry per such charge naming it and its month, telling the user to reverse the payment
/// first (it can be recorded again afterwards and allocated to what is owed).
enum LeaseRentAdjustment {
    static let chargeAllocated = "CHARGE_ALLOCATED"

    /// The lease's terms that proration needs.
    struct Terms {
        var leaseID: UUID
        var rentMinor: Int64
        var startDate: LocalDate
        var dueDay: Int
    }

    static func trim(_ terms: Terms, endingOn end: LocalDate, field: String, orgID: UUID, currency: CurrencyCode,
                     now: Date, on connection: MariaDBConnection) async throws {
        let stored = try await LeaseRentTrimming.standingRentCharges(leaseID: terms.leaseID, orgID: orgID, on: connection)
        let charges = stored.compactMap { charge in
            charge.rentMonth.map {
                LeaseRentTrim.RentCharge(id: EntityID(charge.id.lowercased()), month: $0,
                                         amount: Money(minorUnits: charge.amountMinor, currency: currency))
            }
        }
        let plan = try LeaseRentTrim(rent: Money(minorUnits: terms.rentMinor, currency: currency), start: terms.startDate,
                                     dueDay: terms.dueDay, end: end, charges: charges)
        guard !plan.isEmpty else { return }
        let allocated = try await LeaseRentTrimming.allocated(plan.voided.map(\.id.rawValue), orgID: orgID, on: connection)
        let blocked = plan.voided.filter { allocated.contains($0.id.rawValue) }
        if !blocked.isEmpty {
            throw APIErrors.badUserInput(blocked.map {
                FieldError(field: field, code: chargeAllocated, message:
                    "Payments are allocated to rent charge \($0.id) for \($0.month), which a lease ending on \(end) would void; "
                    + "reverse those payments first (record them again afterwards)")
            })
        }
        for charge in plan.voided {
            guard let id = UUID(uuidString: charge.id.rawValue) else { continue }
            try await LeaseRentTrimming.void(id, reason: charge.reason, now: now, on: connection)
        }
        if let replacement = plan.replacement {
            let description = "Rent \(replacement.month) (prorated \(replacement.occupiedDays)/\(replacement.daysInMonth) days)"
            try await ChargeRepository.insert(
                ChargeRepository.NewCharge(leaseID: terms.leaseID, kind: .rent, rentMonth: replacement.month, description: description,
                                           amountMinor: replacement.amount.minorUnits, dueDate: replacement.dueOn),
                orgID: orgID, now: now, on: connection)
        }
    }

    static let rentBilledBeforeStart = "RENT_BILLED_BEFORE_START"

    /// Refuses a start date moved later while standing rent charges bill time before it
    /// (`LeaseRentTrim.billedBeforeStart`): BAD_USER_INPUT on `startDate`, code
    /// `RENT_BILLED_BEFORE_START`, one entry per charge, telling the user to void it first.
    static func refuseRentBeforeStart(_ terms: Terms, end: LocalDate?, orgID: UUID, currency: CurrencyCode,
                                      on connection: MariaDBConnection) async throws {
        let stored = try await LeaseRentTrimming.standingRentCharges(leaseID: terms.leaseID, orgID: orgID, on: connection)
        let charges = stored.compactMap { charge in
            charge.rentMonth.map {
                LeaseRentTrim.RentCharge(id: EntityID(charge.id.lowercased()), month: $0,
                                         amount: Money(minorUnits: charge.amountMinor, currency: currency))
            }
        }
        let billed = try LeaseRentTrim.billedBeforeStart(
            rent: Money(minorUnits: terms.rentMinor, currency: currency), start: terms.startDate, end: end, dueDay: terms.dueDay,
            charges: charges)
        guard billed.isEmpty else {
            throw APIErrors.badUserInput(billed.map {
                FieldError(field: "startDate", code: rentBilledBeforeStart, message:
                    "Rent charge \($0.id) for \($0.month) bills time before the new start \(terms.startDate); void it first")
            })
        }
    }
}
