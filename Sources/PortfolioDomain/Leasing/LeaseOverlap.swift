/// Detects a new (or edited) lease colliding with the unit's other leases.
///
/// Ranges are inclusive on both ends (the end date is the last day of occupancy), open-ended
/// leases run forever, cancelled leases are ignored, and a lease never conflicts with itself
/// (pass its id as `excluding` when editing). The database re-checks inside the transaction;
/// this is the rule both apply.
public enum LeaseOverlap {
    /// The existing leases of `unitId` that share at least one day with `start...end`, oldest first.
    public static func conflicts(unitId: EntityID, start: LocalDate, end: LocalDate?,
                                 existing: [LeaseOccupancyRecord], excluding: EntityID? = nil) -> [LeaseOccupancyRecord] {
        guard let candidate = try? DateRange(start: start, end: end) else { return [] }
        return existing
            .filter { $0.unitId == unitId && $0.leaseId != excluding && $0.status.occupiesUnit }
            .filter { $0.range.map(candidate.overlaps) ?? false }
            .sorted { ($0.startDate, $0.leaseId) < ($1.startDate, $1.leaseId) }
    }

    /// Throws `LEASE_OVERLAP` (a `conflict` on `startDate`) naming the first clashing lease.
    public static func check(unitId: EntityID, start: LocalDate, end: LocalDate?,
                             existing: [LeaseOccupancyRecord], excluding: EntityID? = nil) throws(DomainError) {
        if let first = conflicts(unitId: unitId, start: start, end: end, existing: existing, excluding: excluding).first {
            let until = first.endDate.map(\.description) ?? "open-ended"
            throw .conflict(ErrorCode.leaseOverlap,
                            "Unit already has lease \(first.leaseId) from \(first.startDate) to \(until)",
                            field: "startDate")
        }
    }
}
