import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `refundDeposit` (behind DEPOSITS_REFUND). Input is validated first; then one
/// transaction locks the lease row, computes what is held from the earlier refunds, checks
/// the refund plus deductions against it (`DepositSettlement`) and writes the refund and
/// its deductions. With an `idempotencyKey` a retry returns the first refund
/// (`IdempotentMutation`).
enum DepositMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.refundDeposit": .async { _, arguments, context, _ in try await refund(arguments, try APIContext.from(context)) },
    ]

    static let maxDescription = 300
    static let maxNote = 500

    static func refund(_ arguments: ObjectValue, _ api: APIContext) async throws -> DepositRefundRecord {
        let scope = try api.recordScope(.depositsRefund)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let amount = InputValidation.money(input.string("amount"), currency: currency, field: "amount", positive: false, into: &errors)
        let refundedOn = InputValidation.date(input.string("refundedOn"), field: "refundedOn", into: &errors)
        let method = input.string("method") ?? "OTHER"
        let note = InputValidation.optionalText(input.string("note"), field: "note", label: "Note", maximum: maxNote, into: &errors)
        var deductions: [DepositSettlement.Deduction] = []
        if case .list(let items)? = input.fields["deductions"] {
            for (index, item) in items.enumerated() {
                guard case .object(let fields) = item else { continue }
                let line = InputObject(["line": .object(fields)], "line")
                let description = InputValidation.text(
                    line.string("description") ?? "", field: "deductions.\(index).description", label: "Description", maximum: maxDescription, into: &errors)
                let value = InputValidation.money(
                    line.string("amount"), currency: currency, field: "deductions.\(index).amount", positive: false, into: &errors)
                if let value { deductions.append(DepositSettlement.Deduction(reason: description, amount: value)) }
            }
        }
        let key = IdempotentMutation.key(input.string("idempotencyKey"), into: &errors)
        try InputValidation.finish(errors)
        guard let leaseID = input.string("leaseId").flatMap(UUID.init(uuidString:)) else {
            throw APIErrors.notFound("Lease not found.")
        }
        guard let amount, let refundedOn else { throw APIErrors.badUserInput([]) }
        let request = ([leaseID.uuidString.lowercased(), String(amount.minorUnits), refundedOn.description, method, note ?? ""]
            + deductions.map { "\($0.reason)=\($0.amount.minorUnits)" }).joined(separator: "\n")
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let agreedMinor = try await DepositRepository.lockLeaseDeposit(leaseID, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Lease not found.")
            }
            return try await IdempotentMutation.run(
                key: key, operation: "refundDeposit", request: request, scope: scope, on: connection,
                perform: {
                    let earlier = try await DepositResolvers.summary(
                        agreedMinor: agreedMinor, refunds: DepositRepository.refunds(leaseID: leaseID, on: connection),
                        deductions: DepositRepository.deductions(leaseID: leaseID, on: connection), currency: currency)
                    do {
                        _ = try DepositSettlement(held: earlier.held, deductions: deductions, refund: amount)
                    } catch let error as DomainError {
                        throw APIErrors.badUserInput(error.fields.map {
                            FieldError(field: apiField($0.field), code: $0.code, message: $0.message)
                        })
                    }
                    try await DepositRepository.insertRefund(
                        id: id, orgID: scope.orgID, leaseID: leaseID, amountMinor: amount.minorUnits, refundedOn: refundedOn,
                        method: method, note: note, deductions: deductions.map { ($0.reason, $0.amount.minorUnits) }, now: Date(),
                        on: connection)
                    return (try await reread(id, orgID: scope.orgID, on: connection), [id.uuidString.lowercased()])
                },
                replay: { ids in
                    guard let first = ids.first.flatMap(UUID.init(uuidString:)) else { throw APIErrors.notFound("Refund not found.") }
                    return try await reread(first, orgID: scope.orgID, on: connection)
                })
        }
    }

    /// The domain's field names as this mutation's input names them (`refundAmount` is
    /// `amount`; `deductions[0].reason` is `deductions.0.description`).
    static func apiField(_ field: String) -> String {
        if field == "refundAmount" || field == "deductions" { return "amount" }
        return field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
            .replacingOccurrences(of: ".reason", with: ".description")
    }

    static func reread(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> DepositRefundRecord {
        guard let record = try await DepositRepository.refund(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Refund not found.")
        }
        return record
    }
}
