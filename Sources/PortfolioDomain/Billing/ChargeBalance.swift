/// A charge together with what has been paid on it as of a date.
public struct ChargeBalance: Hashable, Sendable {
    public let charge: Charge
    /// Active allocations to the charge (zero once voided: they are released to credit).
    public let allocated: Money
    /// What is still owed: amount − allocated while the charge stands, zero once voided.
    public let remaining: Money
    /// Whether the charge was voided on or before the as-of date.
    public let isVoided: Bool

    public init(charge: Charge, allocated: Money, remaining: Money, isVoided: Bool) {
        self.charge = charge
        self.allocated = allocated
        self.remaining = remaining
        self.isVoided = isVoided
    }

    /// Computes balances of `charges` as of `date` from the lease's `allocations` and
    /// `payments` (allocations of reversed or not-yet-received payments do not count).
    /// Charges not yet posted on `date` are left out.
    public static func compute(charges: [Charge], payments: [Payment], allocations: [Allocation],
                               asOf date: LocalDate) throws(DomainError) -> [ChargeBalance] {
        let activePayments = Set(payments.filter { $0.isActive(on: date) }.map(\.id))
        var allocatedByCharge: [EntityID: Money] = [:]
        for a in allocations where a.appliedOn <= date && activePayments.contains(a.paymentId) {
            allocatedByCharge[a.chargeId] = try (allocatedByCharge[a.chargeId] ?? .zero(a.amount.currency)).adding(a.amount)
        }
        var result: [ChargeBalance] = []
        for c in charges where c.postedOn <= date {
            let voided = c.voidedOn.map { $0 <= date } ?? false
            let zero = Money.zero(c.amount.currency)
            let allocated = voided ? zero : (allocatedByCharge[c.id] ?? zero)
            let remaining = voided ? zero : try c.amount.subtracting(allocated)
            result.append(ChargeBalance(charge: c, allocated: allocated, remaining: remaining, isVoided: voided))
        }
        return result.sorted { Charge.oldestFirst($0.charge, $1.charge) }
    }
}
