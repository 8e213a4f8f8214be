/// Part of a payment applied to a charge. A payment's unallocated rest is credit; applying
/// credit later creates more allocations of the same payment with a later `appliedOn`.
public struct Allocation: Hashable, Sendable {
    public var paymentId: EntityID
    public var chargeId: EntityID
    /// Always positive.
    public var amount: Money
    /// The day the allocation took effect (the payment date, or the day credit was applied).
    public var appliedOn: LocalDate

    public init(paymentId: EntityID, chargeId: EntityID, amount: Money, appliedOn: LocalDate) {
        self.paymentId = paymentId
        self.chargeId = chargeId
        self.amount = amount
        self.appliedOn = appliedOn
    }
}

/// A requested allocation before it is validated (no payment yet, no date).
public struct AllocationRequest: Hashable, Sendable {
    public var chargeId: EntityID
    public var amount: Money

    public init(chargeId: EntityID, amount: Money) {
        self.chargeId = chargeId
        self.amount = amount
    }
}
