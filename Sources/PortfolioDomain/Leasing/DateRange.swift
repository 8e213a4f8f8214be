/// An inclusive span of days, `start...end`, with an open end for leases without an end date.
///
/// Lease end dates are the *last day of occupancy* (inclusive): a lease ending 2026-03-31 and
/// one starting 2026-04-01 do not overlap; one starting 2026-03-31 does.
public struct DateRange: Hashable, Sendable {
    public let start: LocalDate
    /// Last day included; `nil` means open-ended (continues indefinitely).
    public let end: LocalDate?

    /// Throws `DATES_OUT_OF_ORDER` on `endField` when `end < start`.
    public init(start: LocalDate, end: LocalDate?, endField: String = "endDate") throws(DomainError) {
        if let end, end < start {
            throw .invalid(endField, ErrorCode.datesOutOfOrder, "End date \(end) is before start date \(start)")
        }
        self.start = start
        self.end = end
    }

    /// Whether `date` is one of the span's days.
    public func contains(_ date: LocalDate) -> Bool {
        date >= start && (end.map { date <= $0 } ?? true)
    }

    /// Whether the two spans share at least one day.
    public func overlaps(_ other: DateRange) -> Bool {
        let thisEndsBeforeOther = end.map { $0 < other.start } ?? false
        let otherEndsBeforeThis = other.end.map { $0 < start } ?? false
        return !thisEndsBeforeOther && !otherEndsBeforeThis
    }

    /// Days of this span inside `month` (0 when disjoint).
    public func days(in month: BillingMonth) -> Int {
        let from = Swift.max(start, month.firstDay)
        let to = Swift.min(end ?? month.lastDay, month.lastDay)
        return from > to ? 0 : from.days(until: to) + 1
    }
}
