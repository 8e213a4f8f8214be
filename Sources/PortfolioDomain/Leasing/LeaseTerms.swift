/// The terms of a lease as entered by a user, before it is stored: what `LeaseValidator`
/// checks and what billing reads.
public struct LeaseTerms: Hashable, Sendable {
    public var unitId: EntityID
    public var startDate: LocalDate
    /// Last day of occupancy (inclusive); `nil` for an open-ended (periodic) lease.
    public var endDate: LocalDate?
    /// Full monthly rent.
    public var rent: Money
    /// Security deposit agreed (may be zero).
    public var deposit: Money
    /// Day of month rent is due, 1–31; clamped to the month's last day (see `DueDate`).
    public var dueDay: Int
    public var parties: [LeaseParty]

    public init(unitId: EntityID, startDate: LocalDate, endDate: LocalDate?, rent: Money,
                deposit: Money, dueDay: Int, parties: [LeaseParty]) {
        self.unitId = unitId
        self.startDate = startDate
        self.endDate = endDate
        self.rent = rent
        self.deposit = deposit
        self.dueDay = dueDay
        self.parties = parties
    }

    /// The days the lease covers. Only valid terms (end ≥ start) have one; `nil` otherwise.
    public var dateRange: DateRange? { try? DateRange(start: startDate, end: endDate) }
}
