/// One amount split into N monthly charges that add up exactly (seed 001's financial records
/// with installments).
///
/// Parts: `Money.split(into:)` — equal shares, the leftover minor units one each to the first
/// installments. Dates: the first due date, then the same day-of-month in each following
/// month, clamped to month end (a plan starting 31 January is due 28/29 February, 31 March...).
public struct InstallmentPlan: Hashable, Sendable {
    public static let maximumCount = 120

    /// One dated part of the plan.
    public struct Installment: Hashable, Sendable {
        /// 1-based position in the plan.
        public let number: Int
        public let dueOn: LocalDate
        public let amount: Money
    }

    public let total: Money
    public let installments: [Installment]

    /// Throws when `total` is not positive or `count` is outside 1–120.
    public init(total: Money, count: Int, firstDueOn: LocalDate) throws(DomainError) {
        guard total.isPositive else { throw .invalid("amount", ErrorCode.mustBePositive, "Amount must be positive") }
        guard (1...InstallmentPlan.maximumCount).contains(count) else {
            throw .invalid("count", ErrorCode.outOfRange, "Number of installments must be between 1 and \(InstallmentPlan.maximumCount)")
        }
        if total.minorUnits < Int64(count) {
            throw .invalid("count", ErrorCode.outOfRange, "Each installment must be at least one minor unit")
        }
        let parts = try total.split(into: count)
        var result: [Installment] = []
        for (i, part) in parts.enumerated() {
            let month = try firstDueOn.billingMonth.adding(months: i)
            result.append(Installment(number: i + 1, dueOn: month.clampedDay(firstDueOn.day), amount: part))
        }
        self.total = total
        self.installments = result
    }
}
