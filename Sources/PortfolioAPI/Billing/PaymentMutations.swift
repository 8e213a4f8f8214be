import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `recordPayment`, `reversePayment`, `applyCredit`. Every one locks the lease row first
/// (`FOR UPDATE`) and then its charges, so two payments of one lease run one after the
/// other and each sees the other's allocations: a charge can never be over-allocated.
enum PaymentMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.recordPayment": .async { _, a, c, _ in try await record(a, try APIContext.from(c)) },
        "Mutation.reversePayment": .async { _, a, c, _ in try await reverse(a, try APIContext.from(c)) },
        "Mutation.applyCredit": .async { _, a, c, _ in try await applyCredit(a, try APIContext.from(c)) },
    ]

    static func record(_ arguments: ObjectValue, _ api: APIContext) async throws -> PaymentRecord {
        let scope = try api.recordScope(.paymentsRecord)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let amount = InputValidation.money(input.string("amount"), currency: currency, field: "amount", into: &errors)
        let paidOn = InputValidation.date(input.string("paidOn"), field: "paidOn", into: &errors)
        let method = PaymentMethod(rawValue: input.string("method") ?? "") ?? .other
        let kind = input.string("kind") ?? "RENT"
        let reference = InputValidation.optionalText(input.string("reference"), field: "reference", label: "Reference", maximum: 200, into: &errors)
        let key = IdempotentMutation.key(input.string("idempotencyKey"), into: &errors)
        var requests: [AllocationRequest]?
        if case .list(let items)? = input.fields["allocations"] {
            var lines: [AllocationRequest] = []
            for (index, item) in items.enumerated() {
                guard case .object(let fields) = item else { continue }
                let line = InputObject(["line": .object(fields)], "line")
                let lineAmount = InputValidation.money(line.string("amount"), currency: currency, field: "allocations.\(index).amount", into: &errors)
                let chargeText = line.string("chargeId") ?? ""
                if UUID(uuidString: chargeText) == nil {
                    errors.append(FieldError(field: "allocations.\(index).chargeId", code: ErrorCode.notFound, message: "Charge not found"))
                }
                if let lineAmount { lines.append(AllocationRequest(chargeId: EntityID(chargeText.lowercased()), amount: lineAmount)) }
            }
            requests = lines
        }
        try InputValidation.finish(errors)
        let leaseID = try ChargeMutations.uuid(input.fields, "leaseId", notFound: "Lease not found.")
        guard let amount, let paidOn else { throw APIErrors.badUserInput([]) }
        let lineText = requests.map { $0.map { "\($0.chargeId)=\($0.amount.minorUnits)" }.joined(separator: ",") } ?? "auto"
        let request = "\(leaseID.uuidString)|\(amount.minorUnits)|\(paidOn)|\(method.rawValue)|\(kind)|\(reference ?? "")|\(lineText)"
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await IdempotentMutation.run(
                key: key, operation: "recordPayment", request: request, scope: scope, on: connection,
                perform: {
                    guard try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), lock: true, on: connection) != nil else {
                        throw APIErrors.notFound("Lease not found.")
                    }
                    let books = try await LeaseBooks.load(leaseID: leaseID, orgID: scope.orgID, on: connection)
                    let plan = try PaymentAllocator.plan(payment: amount, requests: requests, charges: try books.currentBalances(currency))
                    let payment = PaymentRepository.NewPayment(leaseID: leaseID, kind: kind, amountMinor: amount.minorUnits,
                                                               paidOn: paidOn, method: method, reference: reference)
                    let now = Date()
                    try await PaymentRepository.insert(payment, orgID: scope.orgID, now: now, on: connection)
                    let id = payment.id.uuidString.lowercased()
                    for line in plan.lines {
                        try await PaymentRepository.allocate(paymentID: id, chargeID: line.chargeId.rawValue, amountMinor: line.amount.minorUnits,
                                                             orgID: scope.orgID, now: now, on: connection)
                    }
                    return (try await reread(id, orgID: scope.orgID, on: connection), [id])
                },
                replay: { ids in try await reread(ids.first ?? "", orgID: scope.orgID, on: connection) })
        }
    }

    static func reread(_ id: String, orgID: UUID, on connection: MariaDBConnection) async throws -> PaymentRecord {
        try await RecordLookup.require(PaymentRecord.self, id: id, scope: RecordScope(orgID: orgID), what: "Payment", on: connection)
    }

    /// Reverses a payment (the row and its allocations stay and stop counting): the
    /// charges it paid are owed again and its credit disappears.
    static func reverse(_ arguments: ObjectValue, _ api: APIContext) async throws -> PaymentRecord {
        let scope = try api.recordScope(.paymentsReverse)
        var errors: [FieldError] = []
        var reasonText = ""
        if case .string(let raw)? = arguments["reason"] { reasonText = raw }
        let reason = InputValidation.text(reasonText, field: "reason", label: "Reason", maximum: ChargeMutations.maxReason, into: &errors)
        try InputValidation.finish(errors)
        let id = try ChargeMutations.uuid(arguments, "id", notFound: "Payment not found.")
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let found = try await RecordLookup.find(PaymentRecord.self, id: id.uuidString, scope: RecordScope(orgID: scope.orgID), on: connection),
                  let leaseID = UUID(uuidString: found.leaseID),
                  try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), lock: true, on: connection) != nil,
                  let payment = try await PaymentRepository.lock(id, orgID: scope.orgID, on: connection)
            else { throw APIErrors.notFound("Payment not found.") }
            if payment.reversedAt != nil {
                throw APIErrors.badUserInput([FieldError(field: "id", code: ErrorCode.alreadyReversed, message: "The payment is already reversed")])
            }
            try await PaymentRepository.reverse(id, reason: reason, now: Date(), on: connection)
            return try await reread(payment.id, orgID: scope.orgID, on: connection)
        }
    }

    /// Applies the lease's credit today with the domain's `CreditApplication` (oldest
    /// payment's credit first, to the oldest open charges first). Credit is never applied
    /// automatically: a manager decides when (docs/api/billing.md "Credits").
    static func applyCredit(_ arguments: ObjectValue, _ api: APIContext) async throws -> [ChargeRecord] {
        let scope = try api.recordScope(.paymentsRecord)
        let currency = try api.organizationCurrency()
        var errors: [FieldError] = []
        var rawKey: String?
        if case .string(let text)? = arguments["idempotencyKey"] { rawKey = text }
        let key = IdempotentMutation.key(rawKey, into: &errors)
        try InputValidation.finish(errors)
        let leaseID = try ChargeMutations.uuid(arguments, "leaseId", notFound: "Lease not found.")
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await IdempotentMutation.run(
                key: key, operation: "applyCredit", request: leaseID.uuidString, scope: scope, on: connection,
                perform: {
                    guard try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), lock: true, on: connection) != nil else {
                        throw APIErrors.notFound("Lease not found.")
                    }
                    let books = try await LeaseBooks.load(leaseID: leaseID, orgID: scope.orgID, on: connection)
                    let today = try api.organizationToday()
                    let applied = try CreditApplication.apply(
                        payments: books.domainPayments(currency), allocations: books.domainAllocations(currency),
                        charges: try books.currentBalances(currency), on: today)
                    let now = Date()
                    for allocation in applied {
                        try await PaymentRepository.allocate(paymentID: allocation.paymentId.rawValue, chargeID: allocation.chargeId.rawValue,
                                                             amountMinor: allocation.amount.minorUnits, orgID: scope.orgID, now: now, on: connection)
                    }
                    var ids: [String] = []
                    for allocation in applied where !ids.contains(allocation.chargeId.rawValue.lowercased()) {
                        ids.append(allocation.chargeId.rawValue.lowercased())
                    }
                    return (try await ChargeRepository.read(ids, orgID: scope.orgID, on: connection), ids)
                },
                replay: { ids in try await ChargeRepository.read(ids, orgID: scope.orgID, on: connection) })
        }
    }
}
