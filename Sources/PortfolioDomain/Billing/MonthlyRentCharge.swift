/// The rent charge a lease owes for one billing month, with proration for partial months.
///
/// Proration rule (docs/domain.md "Proration"):
/// - occupied days = days of the month inside the lease's inclusive `start...end` range;
/// - none → no charge; the whole month → the full rent, unrounded;
/// - otherwise rent × occupiedDays ÷ daysInMonth, rounded half-to-even to the minor unit
///   (actual days of that month: a 14-day stay is 14/28 of February but 14/31 of March);
/// - due date = the lease's due day clamped into the month, but never before the first
///   occupied day (a lease starting on the 20th with due day 1 owes its first rent on the 20th);
/// - posted on the first occupied day of the month.
/// Generation is idempotent per (lease, month); the unique key lives in the database.
public struct MonthlyRentCharge: Hashable, Sendable {
    public let month: BillingMonth
    public let amount: Money
    public let postedOn: LocalDate
    public let dueOn: LocalDate
    /// First and last occupied days billed.
    public let periodStart: LocalDate
    public let periodEnd: LocalDate
    public let occupiedDays: Int
    public let daysInMonth: Int

    /// Whether only part of the month was billed.
    public var isProrated: Bool { occupiedDays < daysInMonth }

    /// The charge for `month`, or `nil` when the lease does not cover any day of it.
    /// Throws on invalid terms (non-positive rent, end before start, bad due day).
    public static func compute(rent: Money, start: LocalDate, end: LocalDate?, dueDay: Int,
                               month: BillingMonth) throws(DomainError) -> MonthlyRentCharge? {
        guard rent.isPositive else { throw .invalid("rent", ErrorCode.mustBePositive, "Rent amount must be positive") }
        guard LeaseValidator.dueDayRange.contains(dueDay) else {
            throw .invalid("dueDay", ErrorCode.outOfRange, "Due day must be between 1 and 31")
        }
        let range = try DateRange(start: start, end: end)
        let days = range.days(in: month)
        guard days > 0 else { return nil }
        let from = max(start, month.firstDay)
        let to = min(end ?? month.lastDay, month.lastDay)
        let amount = days == month.daysInMonth
            ? rent
            : try rent.scaled(numerator: Int64(days), denominator: Int64(month.daysInMonth))
        let due = max(DueDate.date(dueDay: dueDay, in: month), from)
        return MonthlyRentCharge(month: month, amount: amount, postedOn: from, dueOn: due,
                                 periodStart: from, periodEnd: to, occupiedDays: days,
                                 daysInMonth: month.daysInMonth)
    }

    /// Convenience over validated `LeaseTerms`.
    public static func compute(for terms: LeaseTerms, month: BillingMonth) throws(DomainError) -> MonthlyRentCharge? {
        try compute(rent: terms.rent, start: terms.startDate, end: terms.endDate, dueDay: terms.dueDay, month: month)
    }
}
