import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `generateInvoice`, `markInvoiceSent`, `markInvoicePaid`, `voidInvoice` (behind
/// INVOICES_MANAGE). Input is validated first, then one transaction: the lease row is
/// locked, its charges checked (`InvoiceDraft`), the organization row locked to take the
/// next number, and the invoice written. Transitions follow `InvoiceStatus`.
enum InvoiceMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.generateInvoice": .async { _, arguments, context, _ in try await generate(arguments, try APIContext.from(context)) },
        "Mutation.markInvoiceSent": .async { _, arguments, context, _ in try await move(arguments, to: .sent, try APIContext.from(context)) },
        "Mutation.markInvoicePaid": .async { _, arguments, context, _ in try await move(arguments, to: .paid, try APIContext.from(context)) },
        "Mutation.voidInvoice": .async { _, arguments, context, _ in try await move(arguments, to: .void, try APIContext.from(context)) },
    ]

    /// A listed charge is already on an invoice that is not void.
    static let alreadyInvoiced = "ALREADY_INVOICED"

    static func generate(_ arguments: ObjectValue, _ api: APIContext) async throws -> InvoiceRecord {
        let scope = try api.recordScope(.invoicesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let issueDate = InputValidation.date(input.string("issueDate"), field: "issueDate", into: &errors)
        let dueDate = InputValidation.date(input.string("dueDate"), field: "dueDate", into: &errors)
        var requested: [String]?
        if case .list(let items)? = input.fields["chargeIds"] {
            requested = items.map { item in
                if case .string(let text) = item { return text.lowercased() }
                return ""
            }
        }
        try InputValidation.finish(errors)
        guard let leaseID = input.string("leaseId").flatMap(UUID.init(uuidString:)) else {
            throw APIErrors.notFound("Lease not found.")
        }
        guard let issueDate, let dueDate else { throw APIErrors.badUserInput([]) }
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await InvoiceRepository.lockOrganization(scope.orgID, on: connection)
            guard try await BillingLease.find(leaseID, scope: scope, lock: true, on: connection) != nil else {
                throw APIErrors.notFound("Lease not found.")
            }
            let balances = try await LeaseBooks.load(leaseID: leaseID, orgID: scope.orgID, on: connection).currentBalances(currency)
            let invoiced = try await InvoiceRepository.invoicedCharges(leaseID: leaseID, on: connection)
            let chargeIDs: [String]
            if let requested {
                let taken = requested.enumerated().filter { invoiced.contains($0.element) }
                if !taken.isEmpty {
                    throw APIErrors.badUserInput(taken.map {
                        FieldError(field: "chargeIds.\($0.offset)", code: alreadyInvoiced, message: "Charge \($0.element) is already on an invoice")
                    })
                }
                chargeIDs = requested
            } else {
                // Every charge still open: not void, something left to pay, not yet invoiced.
                chargeIDs = balances.filter { !$0.isVoided && $0.remaining.isPositive && !invoiced.contains($0.charge.id.rawValue.lowercased()) }
                    .map { $0.charge.id.rawValue.lowercased() }
            }
            let draft: InvoiceDraft
            do {
                draft = try InvoiceDraft(
                    invoiceDate: issueDate, dueDate: dueDate, chargeIds: chargeIDs.map { EntityID($0) },
                    balances: lowercased(balances), currency: currency)
            } catch let error as DomainError {
                throw APIErrors.badUserInput(error.fields.map {
                    FieldError(field: dotted($0.field), code: $0.code, message: $0.message)
                })
            }
            let number = try await InvoiceRepository.nextNumber(orgID: scope.orgID, year: issueDate.year, on: connection)
            try await InvoiceRepository.insert(
                id: id, orgID: scope.orgID, leaseID: leaseID, number: number, issueDate: draft.invoiceDate, dueDate: draft.dueDate,
                chargeIDs: draft.lines.map(\.chargeId.rawValue), now: Date(), on: connection)
            return try await reread(id, orgID: scope.orgID, on: connection)
        }
    }

    /// Moves the invoice `id` to `target`: staying put is a no-op; an illegal step is
    /// BAD_USER_INPUT with code ILLEGAL_TRANSITION on `status`.
    static func move(_ arguments: ObjectValue, to target: InvoiceStatus, _ api: APIContext) async throws -> InvoiceRecord {
        let scope = try api.recordScope(.invoicesManage)
        guard case .string(let idText)? = arguments["id"], let id = UUID(uuidString: idText) else {
            throw APIErrors.notFound("Invoice not found.")
        }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await InvoiceRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Invoice not found.")
            }
            if current.status == target { return current }
            guard current.status.canTransition(to: target) else {
                throw APIErrors.badUserInput([
                    FieldError(field: "status", code: ErrorCode.illegalTransition,
                               message: "An invoice cannot go from \(current.status.rawValue) to \(target.rawValue)")
                ])
            }
            try await InvoiceRepository.setStatus(id, target, now: Date(), on: connection)
            return try await reread(id, orgID: scope.orgID, on: connection)
        }
    }

    /// Charge ids as the API compares them (lowercase), so client spelling does not matter.
    static func lowercased(_ balances: [ChargeBalance]) -> [ChargeBalance] {
        balances.map { b in
            let c = b.charge
            let charge = Charge(id: EntityID(c.id.rawValue.lowercased()), leaseId: c.leaseId, kind: c.kind, amount: c.amount,
                                postedOn: c.postedOn, dueOn: c.dueOn, voidedOn: c.voidedOn)
            return ChargeBalance(charge: charge, allocated: b.allocated, remaining: b.remaining, isVoided: b.isVoided)
        }
    }

    /// The domain's `chargeIds[1]` as the API names nested input: `chargeIds.1`.
    static func dotted(_ field: String) -> String {
        field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
    }

    static func reread(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> InvoiceRecord {
        guard let record = try await InvoiceRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Invoice not found.")
        }
        return record
    }
}
