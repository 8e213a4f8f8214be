/// The minimum a stored lease must tell the domain for overlap and occupancy questions.
public struct LeaseOccupancyRecord: Hashable, Sendable {
    public var leaseId: EntityID
    public var unitId: EntityID
    public var startDate: LocalDate
    /// Last day of occupancy (inclusive); `nil` = open-ended.
    public var endDate: LocalDate?
    public var status: LeaseStatus

    public init(leaseId: EntityID, unitId: EntityID, startDate: LocalDate, endDate: LocalDate?, status: LeaseStatus) {
        self.leaseId = leaseId
        self.unitId = unitId
        self.startDate = startDate
        self.endDate = endDate
        self.status = status
    }

    /// Whether the lease holds the unit on `date` (cancelled leases never do).
    public func isOccupying(on date: LocalDate) -> Bool {
        status.occupiesUnit && date >= startDate && (endDate.map { date <= $0 } ?? true)
    }

    var range: DateRange? { try? DateRange(start: startDate, end: endDate) }
}
