import Foundation
import MariaDB

/// Reads one record by id inside a transaction with its row locked (`FOR UPDATE`), within a
/// `RecordScope`: the organization and, for a tenant user, only rows they own. nil when the
/// row is absent, elsewhere or not theirs — the caller answers NOT_FOUND either way.
public enum LeasingLock {
    public static func lock<R: Record>(_ type: R.Type, id: UUID, scope: RecordScope, on connection: MariaDBConnection) async throws -> R? {
        var conditions = SQLConditions()
        conditions.add("t.id = ?", id)
        conditions.add(scope: scope, for: R.self, alias: "t")
        return try await connection.query(
            "SELECT \(R.selectList("t")) FROM \(R.table) t \(conditions.sql) FOR UPDATE", conditions.binds
        ).first.map { try R(row: $0) }
    }
}
