import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Lease.ledger`, `Lease.balance`, `Lease.credit`: the domain `Ledger` of each lease, built
/// from charges, payments and allocations loaded through the request's DataLoaders (one
/// query per kind of row for a whole page of leases, not one per lease).
enum LeaseBillingResolvers {
    static let table: [String: FieldResolver] = [
        "Lease.ledger": .async { s, a, c, _ in try await ledger(s, a, c) },
        "Lease.balance": .async { s, a, c, _ in try await ledger(s, a, c).ledger.balance },
        "Lease.credit": .async { s, _, c, _ in try await ledger(s, [:], c).ledger.credit },
    ]

    static func ledger(_ source: any Sendable, _ arguments: ObjectValue, _ context: any Sendable) async throws -> BillingTypeResolvers.LeaseLedger {
        let lease = try cast(source, as: LeaseRecord.self)
        let api = try APIContext.from(context)
        let scope = try api.recordScope(.chargesRead)
        let currency = try api.organizationCurrency()
        var errors: [FieldError] = []
        var asOf: LocalDate?
        if case .string(let raw)? = arguments["asOf"] { asOf = InputValidation.date(raw, field: "asOf", into: &errors) }
        try InputValidation.finish(errors)
        // Three loads, one after the other in this task: for a page of leases that is three
        // batched statements in all (charges, payments, allocations via their payments).
        let charges = try await api.children(ChargeRecord.self, by: "lease_id", of: lease.id, scope: scope)
        let payments = try await api.children(PaymentRecord.self, by: "lease_id", of: lease.id, scope: scope)
        let allocations = try await api.children(
            AllocationRecord.self, by: "p.lease_id", of: lease.id, scope: scope, join: "JOIN payments p ON p.id = t.payment_id")
        let books = LeaseBooks(leaseID: UUID(uuidString: lease.id) ?? UUID(), charges: charges, payments: payments, allocations: allocations)
        return BillingTypeResolvers.LeaseLedger(leaseID: lease.id, ledger: try books.ledger(currency, asOf: asOf ?? api.organizationToday()))
    }
}
