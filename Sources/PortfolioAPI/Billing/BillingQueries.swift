import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.charge`, `Query.payment` and `Query.leaseLedger`. A tenant reaches only the
/// records of leases they are a party of; anything else reads as absent.
enum BillingQueries {
    static let table: [String: FieldResolver] = [
        "Query.charge": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.chargesRead)
            return try await api.requireRecord(ChargeRecord.self, arguments, scope: scope, what: "Charge")
        },
        "Query.payment": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.paymentsRead)
            return try await api.requireRecord(PaymentRecord.self, arguments, scope: scope, what: "Payment")
        },
        "Query.leaseLedger": .async { _, arguments, context, _ in try await ledger(arguments, try APIContext.from(context)) },
    ]

    static func ledger(_ arguments: ObjectValue, _ api: APIContext) async throws -> BillingTypeResolvers.LeaseLedger {
        let scope = try api.recordScope(.chargesRead)
        let currency = try api.organizationCurrency()
        var errors: [FieldError] = []
        var asOf: LocalDate?
        if case .string(let raw)? = arguments["asOf"] { asOf = InputValidation.date(raw, field: "asOf", into: &errors) }
        try InputValidation.finish(errors)
        guard case .string(let text)? = arguments["leaseId"], let leaseID = UUID(uuidString: text) else {
            throw APIErrors.notFound("Lease not found.")
        }
        let pool = try api.requirePool()
        return try await pool.transaction(readOnly: true) { connection in
            guard try await BillingLease.find(leaseID, scope: scope, on: connection) != nil else {
                throw APIErrors.notFound("Lease not found.")
            }
            let books = LeaseBooks(
                leaseID: leaseID,
                charges: try await ChargeRepository.all(leaseID: leaseID, orgID: scope.orgID, on: connection),
                payments: try await PaymentRepository.all(leaseID: leaseID, orgID: scope.orgID, lock: false, on: connection),
                allocations: try await PaymentRepository.allocations(leaseID: leaseID, orgID: scope.orgID, on: connection))
            return BillingTypeResolvers.LeaseLedger(leaseID: text.lowercased(), ledger: try books.ledger(currency, asOf: asOf ?? api.organizationToday()))
        }
    }
}
