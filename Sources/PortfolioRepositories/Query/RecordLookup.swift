import Foundation
import MariaDB

/// Reads records by id within a `RecordScope`: one row for a look-up, many for a batch
/// (DataLoader) load. A row of another organization (or, for a tenant, not their own) is
/// simply absent, which the API reports as `NOT_FOUND`.
public enum RecordLookup {
    /// The record with `id` in the scope; nil when absent, malformed or elsewhere.
    public static func find<R: Record>(_ type: R.Type, id: String, scope: RecordScope, on connection: MariaDBConnection) async throws -> R? {
        try await fetch(type, ids: [id], scope: scope, on: connection)[id.lowercased()]
    }

    /// The records with `ids` in the scope, keyed by lower-case id (canonical
    /// UUID text); ids that are malformed or elsewhere are absent.
    public static func fetch<R: Record>(_ type: R.Type, ids: [String], scope: RecordScope, on connection: MariaDBConnection) async throws -> [String: R] {
        try await fetch(type, column: "id", values: ids, scope: scope, on: connection).reduce(into: [:]) { table, entry in
            if let first = entry.value.first { table[entry.key] = first }
        }
    }

    /// The records whose UUID column `column` is one of `values`, grouped by that value: the
    /// batch behind a child list (units of buildings, charges of leases, or through `join`
    /// the allocations of a lease's payments).
    public static func fetch<R: Record>(
        _ type: R.Type, column: String, values: [String], scope: RecordScope, orderBy: String = "id", join: String = "",
        on connection: MariaDBConnection
    ) async throws -> [String: [R]] {
        // `column` is a column of the record's table (`lease_id`), or a qualified column of
        // a joined table (`p.lease_id` with `join: "JOIN payments p ON p.id = t.payment_id"`).
        let group = column.contains(".") ? column : "t.\(column)"
        let uuids = Array(Set(values.compactMap { UUID(uuidString: $0) }))
        guard !uuids.isEmpty else { return [:] }
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: R.self, alias: "t")
        conditions.add(group, in: uuids)
        let rows = try await connection.query(
            "SELECT \(R.selectList("t")), \(group) AS _group FROM \(R.table) t \(join) \(conditions.sql) ORDER BY t.\(orderBy)",
            conditions.binds)
        var grouped: [String: [R]] = [:]
        for row in rows {
            let key: String = try row.decode("_group")
            grouped[key.lowercased(), default: []].append(try R(row: row))
        }
        return grouped
    }
}
