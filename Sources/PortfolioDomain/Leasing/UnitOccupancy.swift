/// A unit's occupancy derived from its leases — never stored separately, so it cannot drift.
public struct UnitOccupancy: Hashable, Sendable {
    /// The lease holding the unit on the as-of date; `nil` when vacant.
    public let currentLease: LeaseOccupancyRecord?
    /// Every non-cancelled lease of the unit, newest start first.
    public let history: [LeaseOccupancyRecord]
    /// Leases that start after the as-of date (reservations), earliest first.
    public let upcoming: [LeaseOccupancyRecord]

    public var isOccupied: Bool { currentLease != nil }

    /// Derives occupancy of `unitId` on `date` from `leases` (other units' leases are ignored).
    /// If bad data ever made two leases cover the date, the later-starting one is current.
    public init(unitId: EntityID, asOf date: LocalDate, leases: [LeaseOccupancyRecord]) {
        let mine = leases.filter { $0.unitId == unitId && $0.status.occupiesUnit }
        history = mine.sorted { ($0.startDate, $0.leaseId) > ($1.startDate, $1.leaseId) }
        currentLease = history.first { $0.isOccupying(on: date) }
        upcoming = mine.filter { $0.startDate > date }.sorted { ($0.startDate, $0.leaseId) < ($1.startDate, $1.leaseId) }
    }
}
