/// A calendar date without time or zone (`YYYY-MM-DD`), the GraphQL `Date` scalar.
///
/// Leases, charges and reports are about days, not instants: a rent due on 2026-03-01 is due
/// on that day wherever the server runs. Years are limited to 0001–9999, the range the
/// four-digit text form and MariaDB's `DATE` share.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Validates the parts (month 1–12, day within the month, leap years included);
    /// throws `INVALID_DATE` on `field`.
    public init(year: Int, month: Int, day: Int, field: String = "date") throws(DomainError) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Gregorian.daysInMonth(year: year, month: month) else {
            throw .invalid(field, ErrorCode.invalidDate,
                           "\(year)-\(month)-\(day) is not a valid calendar date")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ten characters, zero-padded); throws `INVALID_DATE`.
    public init(parsing text: String, field: String = "date") throws(DomainError) {
        let s = Array(text.utf8)
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard s[i] >= 48, s[i] <= 57 else { return nil }
                v = v * 10 + Int(s[i] - 48)
            }
            return v
        }
        guard s.count == 10, s[4] == 45, s[7] == 45,
              let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else {
            throw .invalid(field, ErrorCode.invalidDate, "Date must be YYYY-MM-DD, got \"\(text)\"")
        }
        try self.init(year: y, month: m, day: d, field: field)
    }

    /// Days since 1970-01-01; the basis of all day arithmetic.
    public var dayNumber: Int { Gregorian.dayNumber(year: year, month: month, day: day) }

    /// The date with the given day number. Throws `INVALID_DATE` outside years 1–9999.
    public init(dayNumber: Int, field: String = "date") throws(DomainError) {
        let c = Gregorian.civil(fromDayNumber: dayNumber)
        try self.init(year: c.year, month: c.month, day: c.day, field: field)
    }

    /// `self` plus `days` (negative goes back). Throws only when leaving years 1–9999.
    public func adding(days: Int) throws(DomainError) -> LocalDate {
        try LocalDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `self` to `other`: positive when `other` is later,
    /// e.g. 2026-01-31 → 2026-03-01 is 29.
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The billing month this date falls in.
    public var billingMonth: BillingMonth { BillingMonth(uncheckedYear: year, month: month) }

    /// `YYYY-MM-DD`.
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Used by `BillingMonth` after it has validated the parts itself.
    static func trusted(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(unchecked: year, month, day)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
