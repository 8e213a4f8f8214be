/// A calendar month (`YYYY-MM`), the GraphQL `Month` scalar: the period a rent charge covers
/// and the unit of idempotency for month generation.
public struct BillingMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Validates year 1–9999 and month 1–12; throws `INVALID_MONTH`.
    public init(year: Int, month: Int, field: String = "month") throws(DomainError) {
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw .invalid(field, ErrorCode.invalidMonth, "\(year)-\(month) is not a valid month")
        }
        self.year = year
        self.month = month
    }

    init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`; throws `INVALID_MONTH`.
    public init(parsing text: String, field: String = "month") throws(DomainError) {
        let s = Array(text.utf8)
        guard s.count == 7, s[4] == 45, s.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 48 && $0.element <= 57) }) else {
            throw .invalid(field, ErrorCode.invalidMonth, "Month must be YYYY-MM, got \"\(text)\"")
        }
        let y = s[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        let m = s[5..<7].reduce(0) { $0 * 10 + Int($1 - 48) }
        try self.init(year: y, month: m, field: field)
    }

    public var daysInMonth: Int { Gregorian.daysInMonth(year: year, month: month) }
    public var firstDay: LocalDate { .trusted(year, month, 1) }
    public var lastDay: LocalDate { .trusted(year, month, daysInMonth) }

    /// The date with day-of-month `day`, clamped into the month (31 in April → 30 April,
    /// 30 in February → 28/29 February). Values below 1 clamp to 1.
    public func clampedDay(_ day: Int) -> LocalDate {
        .trusted(year, month, Swift.min(Swift.max(day, 1), daysInMonth))
    }

    /// The month `count` months later (earlier when negative). Throws outside years 1–9999.
    public func adding(months count: Int) throws(DomainError) -> BillingMonth {
        let index = year * 12 + (month - 1) + count
        return try BillingMonth(year: index / 12, month: index % 12 + 1)
    }

    /// The following month (December → January of the next year).
    public func next() throws(DomainError) -> BillingMonth { try adding(months: 1) }
    /// The preceding month.
    public func previous() throws(DomainError) -> BillingMonth { try adding(months: -1) }

    /// Whether `date` falls within this month.
    public func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }

    /// `YYYY-MM`.
    public var description: String { pad(year, 4) + "-" + pad(month, 2) }

    public static func < (a: BillingMonth, b: BillingMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
