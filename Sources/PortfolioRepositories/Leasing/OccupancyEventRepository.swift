import Foundation
import MariaDB
import PortfolioDomain

/// Writes of the occupancy event log (MOVE_IN/MOVE_OUT by the lease mutations, MANUAL by
/// staff); reads go through the loaders and `list`.
public enum OccupancyEventRepository {
    public static func insert(
        id: UUID, orgID: UUID, unitID: UUID, leaseID: UUID?, kind: String, occurredOn: LocalDate, note: String?, now: Date,
        on connection: MariaDBConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO occupancy_events (id, org_id, unit_id, lease_id, kind, occurred_on, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, unitID, leaseID, kind, occurredOn, note, now])
    }

    /// The unit column, for per-unit pages (`Unit.occupancyEvents`, `ListQuery.pages(partitionedBy:…)`).
    public static let unitColumn = "e.unit_id"

    /// Events in the scope (of one unit when `unitID` is given), newest first.
    public static func list(scope: RecordScope, unitID: UUID? = nil) -> ListQuery<OccupancyEventRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: OccupancyEventRecord.self, alias: "e")
        if let unitID { conditions.add("e.unit_id = ?", unitID) }
        return ListQuery(
            select: OccupancyEventRecord.selectList("e"), from: "occupancy_events e", conditions: conditions,
            sortKeys: [SortKey("e.occurred_on", ascending: false)], idExpression: "e.id")
    }
}
