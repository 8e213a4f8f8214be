import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The fields of `Charge`, `Payment`, `Allocation`, `InstallmentPlan`,
/// `RentChargeGeneration`, `Ledger` and `LedgerEntry`. Nested lists load through the
/// request's DataLoaders (one SQL per nesting level for a whole page of parents).
enum BillingTypeResolvers {
    /// What `generateRentCharges` answers.
    struct RentChargeGeneration: Sendable {
        let month: BillingMonth
        let created: [ChargeRecord]
        let existing: [ChargeRecord]
    }

    /// A lease's ledger with the lease id it belongs to.
    struct LeaseLedger: Sendable {
        let leaseID: String
        let ledger: Ledger
    }

    static func money(_ minor: Int64, _ context: any Sendable) throws -> Money {
        Money(minorUnits: minor, currency: try APIContext.from(context).organizationCurrency())
    }

    static let table: [String: FieldResolver] = charge.merging(payment) { a, _ in a }
        .merging(allocation) { a, _ in a }.merging(other) { a, _ in a }

    static let charge: [String: FieldResolver] = [
        "Charge.id": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).id },
        "Charge.leaseId": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).leaseID },
        "Charge.kind": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).kind.rawValue },
        "Charge.rentMonth": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).rentMonth },
        "Charge.description": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).description },
        "Charge.amount": .sync { s, _, c, _ in try money(try cast(s, as: ChargeRecord.self).amountMinor, c) },
        "Charge.dueDate": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).dueDate },
        "Charge.installmentPlanId": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).installmentPlanID },
        "Charge.voided": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).voidedAt != nil },
        "Charge.voidedAt": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).voidedAt },
        "Charge.voidReason": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).voidReason },
        "Charge.createdAt": .sync { s, _, _, _ in try cast(s, as: ChargeRecord.self).createdAt },
        "Charge.allocations": .async { s, _, c, _ in
            let api = try APIContext.from(c)
            return try await api.children(AllocationRecord.self, by: "charge_id", of: try cast(s, as: ChargeRecord.self).id,
                                          scope: try api.recordScope(.chargesRead), orderBy: "created_at")
        },
        "Charge.remaining": .async { s, _, c, _ in
            let record = try cast(s, as: ChargeRecord.self)
            let api = try APIContext.from(c)
            guard record.voidedAt == nil else { return try money(0, c) }
            let scope = try api.recordScope(.chargesRead)
            let paid = try await api.batched("paidPerCharge/\(scope)", key: record.id, missing: Int64(0)) { ids, connection in
                try await AllocationTotals.paidPerCharge(ids, orgID: scope.orgID, on: connection)
            }
            return try money(record.amountMinor - paid, c)
        },
    ]

    /// Whether an allocation counts now: its payment stands and its charge is not voided.
    static func counts(_ allocation: AllocationRecord, api: APIContext, scope: RecordScope) async throws -> Bool {
        // One after the other in this task, so each load joins its sibling fields' batch.
        let payment = try await api.record(PaymentRecord.self, id: allocation.paymentID, scope: scope)
        let charge = try await api.record(ChargeRecord.self, id: allocation.chargeID, scope: scope)
        return payment?.reversedAt == nil && charge?.voidedAt == nil
    }

    static let payment: [String: FieldResolver] = [
        "Payment.id": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).id },
        "Payment.leaseId": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).leaseID },
        "Payment.kind": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).kind },
        "Payment.amount": .sync { s, _, c, _ in try money(try cast(s, as: PaymentRecord.self).amountMinor, c) },
        "Payment.paidOn": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).paidOn },
        "Payment.method": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).method.rawValue },
        "Payment.reference": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).reference },
        "Payment.reversed": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).reversedAt != nil },
        "Payment.reversedAt": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).reversedAt },
        "Payment.reverseReason": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).reverseReason },
        "Payment.createdAt": .sync { s, _, _, _ in try cast(s, as: PaymentRecord.self).createdAt },
        "Payment.allocations": .async { s, _, c, _ in
            let api = try APIContext.from(c)
            return try await api.children(AllocationRecord.self, by: "payment_id", of: try cast(s, as: PaymentRecord.self).id,
                                          scope: try api.recordScope(.paymentsRead), orderBy: "created_at")
        },
        "Payment.unallocated": .async { s, _, c, _ in
            let record = try cast(s, as: PaymentRecord.self)
            guard record.reversedAt == nil else { return try money(0, c) }
            let api = try APIContext.from(c)
            let scope = try api.recordScope(.paymentsRead)
            let used = try await api.batched("usedPerPayment/\(scope)", key: record.id, missing: Int64(0)) { ids, connection in
                try await AllocationTotals.usedPerPayment(ids, orgID: scope.orgID, on: connection)
            }
            return try money(record.amountMinor - used, c)
        },
    ]

    static let allocation: [String: FieldResolver] = [
        "Allocation.id": .sync { s, _, _, _ in try cast(s, as: AllocationRecord.self).id },
        "Allocation.paymentId": .sync { s, _, _, _ in try cast(s, as: AllocationRecord.self).paymentID },
        "Allocation.chargeId": .sync { s, _, _, _ in try cast(s, as: AllocationRecord.self).chargeID },
        "Allocation.amount": .sync { s, _, c, _ in try money(try cast(s, as: AllocationRecord.self).amountMinor, c) },
        "Allocation.createdAt": .sync { s, _, _, _ in try cast(s, as: AllocationRecord.self).createdAt },
        "Allocation.counting": .async { s, _, c, _ in
            let api = try APIContext.from(c)
            return try await counts(try cast(s, as: AllocationRecord.self), api: api, scope: try api.recordScope(.chargesRead))
        },
    ]

    static let other: [String: FieldResolver] = [
        "InstallmentPlan.id": .sync { s, _, _, _ in try cast(s, as: InstallmentPlanRecord.self).id },
        "InstallmentPlan.leaseId": .sync { s, _, _, _ in try cast(s, as: InstallmentPlanRecord.self).leaseID },
        "InstallmentPlan.description": .sync { s, _, _, _ in try cast(s, as: InstallmentPlanRecord.self).description },
        "InstallmentPlan.total": .sync { s, _, c, _ in try money(try cast(s, as: InstallmentPlanRecord.self).totalMinor, c) },
        "InstallmentPlan.installmentCount": .sync { s, _, _, _ in try cast(s, as: InstallmentPlanRecord.self).installments },
        "InstallmentPlan.charges": .async { s, _, c, _ in
            let api = try APIContext.from(c)
            return try await api.children(ChargeRecord.self, by: "installment_plan_id", of: try cast(s, as: InstallmentPlanRecord.self).id,
                                          scope: try api.recordScope(.chargesRead), orderBy: "due_date")
        },
        "RentChargeGeneration.month": .sync { s, _, _, _ in try cast(s, as: RentChargeGeneration.self).month },
        "RentChargeGeneration.createdCount": .sync { s, _, _, _ in try cast(s, as: RentChargeGeneration.self).created.count },
        "RentChargeGeneration.existingCount": .sync { s, _, _, _ in try cast(s, as: RentChargeGeneration.self).existing.count },
        "RentChargeGeneration.created": .sync { s, _, _, _ in try cast(s, as: RentChargeGeneration.self).created },
        "RentChargeGeneration.existing": .sync { s, _, _, _ in try cast(s, as: RentChargeGeneration.self).existing },
        "Ledger.leaseId": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).leaseID },
        "Ledger.asOf": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.asOf },
        "Ledger.entries": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.entries },
        "Ledger.totalCharged": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.totalCharged },
        "Ledger.totalVoided": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.totalVoided },
        "Ledger.totalPaid": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.totalPaid },
        "Ledger.totalReversed": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.totalReversed },
        "Ledger.totalAllocated": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.totalAllocated },
        "Ledger.outstanding": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.outstanding },
        "Ledger.credit": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.credit },
        "Ledger.balance": .sync { s, _, _, _ in try cast(s, as: LeaseLedger.self).ledger.balance },
        "LedgerEntry.date": .sync { s, _, _, _ in try cast(s, as: LedgerEntry.self).date },
        "LedgerEntry.kind": .sync { s, _, _, _ in try cast(s, as: LedgerEntry.self).kind.rawValue },
        "LedgerEntry.referenceId": .sync { s, _, _, _ in try cast(s, as: LedgerEntry.self).referenceId.rawValue },
        "LedgerEntry.amount": .sync { s, _, _, _ in try cast(s, as: LedgerEntry.self).amount },
        "LedgerEntry.runningBalance": .sync { s, _, _, _ in try cast(s, as: LedgerEntry.self).runningBalance },
    ]
}
