import Foundation
import MariaDB

/// Floors of buildings: list, writes, and the "still used by units" check. Name uniqueness
/// per building is the unique key `uk_floors_building_name`.
public enum FloorRepository {
    /// The floors of `scope` (optionally of one building), by level or name.
    public static func list(scope: RecordScope, buildingID: UUID?, order: PortfolioListOrder, ascending: Bool) -> ListQuery<FloorRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: FloorRecord.self, alias: "f")
        if let buildingID { conditions.add("f.building_id = ?", buildingID) }
        let key: String
        switch order {
        case .name: key = "f.name"
        case .createdAt: key = "f.created_at"
        default: key = "f.level"
        }
        return ListQuery(select: FloorRecord.selectList("f"), from: "floors f", conditions: conditions,
                         sortKeys: [SortKey(key, ascending: ascending)], idExpression: "f.id")
    }

    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> FloorRecord? {
        try await connection.query(
            "SELECT \(FloorRecord.selectList("f")) FROM floors f WHERE f.id = ? AND f.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(FloorRecord.init(row:))
    }

    public static func insert(id: UUID, orgID: UUID, buildingID: UUID, name: String, level: Int, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO floors (id, org_id, building_id, name, level, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [id, orgID, buildingID, name, level, now])
    }

    public static func update(id: UUID, name: String, level: Int, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE floors SET name = ?, level = ? WHERE id = ?", [name, level, id])
    }

    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM floors WHERE id = ?", [id])
    }

    /// How many units stand on the floor (their rows locked in share mode, so none is added
    /// concurrently before the delete).
    public static func unitCount(_ id: UUID, on connection: MariaDBConnection) async throws -> Int {
        try await connection.query("SELECT COUNT(*) AS n FROM units WHERE floor_id = ? LOCK IN SHARE MODE", [id]).first?.decode("n") ?? 0
    }
}
