import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Lease.securityDeposit` and the fields of `SecurityDeposit`, `DepositRefund` and
/// `DepositDeduction` (behind DEPOSITS_READ; a TENANT sees the deposit of their own lease).
/// Refunds of a page of leases load in one batched query, their deductions in another.
enum DepositResolvers {
    /// What `SecurityDeposit` resolves from: the lease's agreed deposit and its refunds.
    struct SecurityDeposit: Sendable {
        let agreed: Money
        let held: Money
        let refunded: Money
        let deducted: Money
        let refunds: [DepositRefundRecord]
    }

    static let table: [String: FieldResolver] = [
        "Lease.securityDeposit": .async { source, _, context, _ in
            let lease = try cast(source, as: LeaseRecord.self)
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.depositsRead)
            let currency = try api.organizationCurrency()
            let refunds = try await api.children(DepositRefundRecord.self, by: "lease_id", of: lease.id, scope: scope, orderBy: "refunded_on, t.id")
            // The deductions of all the lease's refunds in one load (the derived table carries
            // lease_id), after the refunds: two batched statements for a page of leases.
            let deductions = try await api.children(
                DepositDeductionRecord.self, by: "lease_id", of: lease.id, scope: scope, orderBy: "description, t.id")
            return try summary(agreedMinor: lease.depositMinor, refunds: refunds, deductions: deductions, currency: currency)
        },
        "SecurityDeposit.agreed": .sync { source, _, _, _ in try cast(source, as: SecurityDeposit.self).agreed },
        "SecurityDeposit.held": .sync { source, _, _, _ in try cast(source, as: SecurityDeposit.self).held },
        "SecurityDeposit.refunded": .sync { source, _, _, _ in try cast(source, as: SecurityDeposit.self).refunded },
        "SecurityDeposit.deducted": .sync { source, _, _, _ in try cast(source, as: SecurityDeposit.self).deducted },
        "SecurityDeposit.refunds": .sync { source, _, _, _ in try cast(source, as: SecurityDeposit.self).refunds },
        "DepositRefund.id": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).id },
        "DepositRefund.leaseId": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).leaseID },
        "DepositRefund.amount": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: DepositRefundRecord.self).amountMinor, currency: try APIContext.from(context).organizationCurrency())
        },
        "DepositRefund.refundedOn": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).refundedOn },
        "DepositRefund.method": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).method },
        "DepositRefund.note": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).note },
        "DepositRefund.createdAt": .sync { source, _, _, _ in try cast(source, as: DepositRefundRecord.self).createdAt },
        "DepositRefund.deductions": .async { source, _, context, _ in
            try await deductionsOf(try cast(source, as: DepositRefundRecord.self).id, try APIContext.from(context))
        },
        "DepositDeduction.description": .sync { source, _, _, _ in try cast(source, as: DepositDeductionRecord.self).description },
        "DepositDeduction.amount": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: DepositDeductionRecord.self).amountMinor, currency: try APIContext.from(context).organizationCurrency())
        },
    ]

    static func deductionsOf(_ refundID: String, _ api: APIContext) async throws -> [DepositDeductionRecord] {
        let scope = try api.recordScope(.depositsRead)
        return try await api.children(DepositDeductionRecord.self, by: "refund_id", of: refundID, scope: scope, orderBy: "description, t.id")
    }

    /// held = agreed − (every refund + every deduction so far), by `DepositSettlement.held`.
    static func summary(agreedMinor: Int64, refunds: [DepositRefundRecord], deductions: [DepositDeductionRecord],
                        currency: CurrencyCode) throws -> SecurityDeposit {
        let refunded = refunds.map { Money(minorUnits: $0.amountMinor, currency: currency) }
        let deducted = deductions.map { Money(minorUnits: $0.amountMinor, currency: currency) }
        let agreed = Money(minorUnits: agreedMinor, currency: currency)
        return SecurityDeposit(
            agreed: agreed,
            held: try DepositSettlement.held(received: [agreed], settledOut: refunded + deducted, currency: currency),
            refunded: try Money.sum(refunded, currency: currency),
            deducted: try Money.sum(deducted, currency: currency),
            refunds: refunds)
    }
}
