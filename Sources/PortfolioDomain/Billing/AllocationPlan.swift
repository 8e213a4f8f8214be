/// The outcome of allocating one amount of money to charges: which charge gets how much, and
/// the rest, which stays with the payment as credit.
public struct AllocationPlan: Hashable, Sendable {
    /// Per-charge amounts, each > 0, at most one line per charge, in application order.
    public let lines: [AllocationRequest]
    /// Sum of `lines`.
    public let allocated: Money
    /// Amount − allocated, ≥ 0: the payment's unallocated credit.
    public let credit: Money

    public init(lines: [AllocationRequest], allocated: Money, credit: Money) {
        self.lines = lines
        self.allocated = allocated
        self.credit = credit
    }
}
