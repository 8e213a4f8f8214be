import Foundation
import MariaDB

/// Unit types of an organization: list, writes, and the "still used by units" check. Name
/// uniqueness per organization is the unique key `uk_unit_types_org_name`.
public enum UnitTypeRepository {
    /// The unit types of `scope` whose name contains `search` (nil: all), by name or creation.
    public static func list(scope: RecordScope, search: String?, order: PortfolioListOrder, ascending: Bool) -> ListQuery<UnitTypeRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: UnitTypeRecord.self, alias: "ut")
        if let search, !search.isEmpty { conditions.addContains(search, in: ["ut.name", "COALESCE(ut.description, '')"]) }
        let key = order == .createdAt ? "ut.created_at" : "ut.name"
        return ListQuery(select: UnitTypeRecord.selectList("ut"), from: "unit_types ut", conditions: conditions,
                         sortKeys: [SortKey(key, ascending: ascending)], idExpression: "ut.id")
    }

    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> UnitTypeRecord? {
        try await connection.query(
            "SELECT \(UnitTypeRecord.selectList("ut")) FROM unit_types ut WHERE ut.id = ? AND ut.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(UnitTypeRecord.init(row:))
    }

    public static func insert(id: UUID, orgID: UUID, name: String, description: String?, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO unit_types (id, org_id, name, description, created_at) VALUES (?, ?, ?, ?, ?)",
            [id, orgID, name, description, now])
    }

    public static func update(id: UUID, name: String, description: String?, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE unit_types SET name = ?, description = ? WHERE id = ?", [name, description, id])
    }

    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM unit_types WHERE id = ?", [id])
    }

    /// How many units have this type (rows locked in share mode).
    public static func unitCount(_ id: UUID, on connection: MariaDBConnection) async throws -> Int {
        try await connection.query("SELECT COUNT(*) AS n FROM units WHERE unit_type_id = ? LOCK IN SHARE MODE", [id]).first?.decode("n") ?? 0
    }
}
