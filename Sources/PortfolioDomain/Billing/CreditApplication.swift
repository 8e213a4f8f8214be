/// Applying a lease's unused credit (unallocated parts of earlier payments) to its open
/// charges, e.g. right after a new month's rent is generated.
///
/// Rule: the oldest payment's credit is used first, on the oldest open charge first (due
/// date, then id); every resulting allocation is dated `on`. Payments reversed or received
/// after `on` give no credit.
public enum CreditApplication {
    /// Credit still available per payment as of `date`, oldest payment first (received date,
    /// then id). Only payments with a positive rest are listed. Allocations to charges voided
    /// by `date` were released and do not use up credit.
    public static func availableCredit(payments: [Payment], allocations: [Allocation], charges: [Charge],
                                       asOf date: LocalDate) throws(DomainError) -> [PaymentCredit] {
        var result: [PaymentCredit] = []
        let released = Set(charges.filter { $0.voidedOn.map { $0 <= date } ?? false }.map(\.id))
        var usedByPayment: [EntityID: Money] = [:]
        for a in allocations where a.appliedOn <= date && !released.contains(a.chargeId) {
            usedByPayment[a.paymentId] = try (usedByPayment[a.paymentId] ?? .zero(a.amount.currency)).adding(a.amount)
        }
        let active = payments.filter { $0.isActive(on: date) }.sorted { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
        for p in active {
            var rest = p.amount
            if let used = usedByPayment[p.id] { rest = try rest.subtracting(used) }
            if rest.isPositive { result.append(PaymentCredit(paymentId: p.id, amount: rest)) }
        }
        return result
    }

    /// The allocations that apply the available credit to `charges` on `date`.
    /// `charges` must be all the lease's balances as of `date` (voided ones are skipped as
    /// targets, and tell which allocations were released).
    public static func apply(payments: [Payment], allocations: [Allocation], charges: [ChargeBalance],
                             on date: LocalDate) throws(DomainError) -> [Allocation] {
        let credits = try availableCredit(payments: payments, allocations: allocations, charges: charges.map(\.charge), asOf: date)
        var open = charges.filter { !$0.isVoided && $0.remaining.isPositive && $0.charge.postedOn <= date }
            .sorted { Charge.oldestFirst($0.charge, $1.charge) }
            .map { (id: $0.charge.id, remaining: $0.remaining) }
        var result: [Allocation] = []
        var index = 0
        for credit in credits {
            var left = credit.amount
            while left.isPositive, index < open.count {
                let take = Money.min(left, open[index].remaining)
                result.append(Allocation(paymentId: credit.paymentId, chargeId: open[index].id, amount: take, appliedOn: date))
                left = try left.subtracting(take)
                open[index].remaining = try open[index].remaining.subtracting(take)
                if !open[index].remaining.isPositive { index += 1 }
            }
        }
        return result
    }
}
