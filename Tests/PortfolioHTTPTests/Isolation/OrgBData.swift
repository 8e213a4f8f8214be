import Foundation
import MariaDB

/// Org B's rows in every table that has an `org_id` column, inserted with SQL from what
/// `information_schema` says about the tables — so a table another area adds tomorrow gets
/// a row without editing this file, or the test fails naming the column it cannot fill.
///
/// Also takes fingerprints of org B's rows (one MD5 per row, per table) to prove that a
/// mutation called with org A's token changed nothing of B's.
struct OrgBData: Sendable {
    let orgID: String
    /// Ids of org B's rows per table (`users` and `memberships` included).
    let idsByTable: [String: [String]]
    /// Every id that belongs to org B: org, users, memberships and every seeded row.
    let allIDs: Set<String>
    /// Tables that have an `org_id` column.
    let orgTables: [String]
    private let columnsByTable: [String: [String]]
    private let userIDs: [String]

    /// What `information_schema.COLUMNS` says about one column.
    struct Column: Sendable {
        let table: String
        let name: String
        let nullable: Bool
        let hasDefault: Bool
        let dataType: String
        let columnType: String
        let maxLength: Int?
        let isAutoIncrement: Bool
    }

    /// Per-column values the generic rules cannot choose (`table.column` → SQL expression).
    /// Keep it small: a new entry means the generic rules missed something worth knowing.
    static let overrides: [String: String] = [:]

    static func seed(_ app: IdentityHarness, orgs: OrgFixture) async throws -> OrgBData {
        let pool = app.pool
        let orgB = orgs.b.id.lowercased()
        let tenantUser = orgs.b.userID("TENANT").lowercased()
        let userIDs = OrgFixture.roles.map { orgs.b.userID($0).lowercased() }

        var columns: [String: [Column]] = [:]
        for row in try await pool.query("""
            SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT IS NOT NULL, DATA_TYPE, COLUMN_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, EXTRA
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION
            """) {
            let table: String = try row.decode(at: 0)
            let nullable: String = try row.decode(at: 2)
            let extra: String = try row.decode(at: 7)
            let defaultFlag: Int = try row.decode(at: 3)
            let maxLength: Int64? = try row.decode(at: 6)
            let column = Column(
                table: table, name: try row.decode(at: 1), nullable: nullable == "YES",
                hasDefault: defaultFlag != 0 && nullable != "YES", dataType: (try row.decode(at: 4) as String).lowercased(),
                columnType: try row.decode(at: 5), maxLength: maxLength.map(Int.init),
                isAutoIncrement: extra.lowercased().contains("auto_increment"))
            columns[table, default: []].append(column)
        }
        var references: [String: String] = [:]  // "table.column" → referenced table
        for row in try await pool.query("""
            SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
            """) {
            references["\(try row.decode(at: 0) as String).\(try row.decode(at: 1) as String)"] = try row.decode(at: 2)
        }
        // MariaDB's JSON is LONGTEXT with a json_valid() check: such columns get '{}'.
        var jsonColumns: Set<String> = []
        for row in try await pool.query(
            "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")
        {
            let table: String = try row.decode(at: 0)
            let clause: String = try row.decode(at: 1)
            for column in columns[table] ?? [] where clause.contains("json_valid(`\(column.name)`)") {
                jsonColumns.insert("\(table).\(column.name)")
            }
        }
        let orgTables = columns.keys.filter { table in columns[table]!.contains { $0.name == "org_id" } }.sorted()

        // Parents first: a table is filled after the org tables its foreign keys point to.
        var ordered: [String] = []
        var pending = Set(orgTables)
        while !pending.isEmpty {
            let ready = pending.filter { table in
                columns[table]!.allSatisfy { column in
                    guard let target = references["\(table).\(column.name)"], target != table else { return true }
                    return !pending.contains(target)
                }
            }.sorted()
            guard !ready.isEmpty else {
                throw HarnessError("OrgBData: foreign keys form a cycle among \(pending.sorted()); fill one of them by hand in OrgBData.overrides")
            }
            ordered += ready
            pending.subtract(ready)
        }

        var ids: [String: [String]] = ["users": userIDs, "organizations": [orgB]]
        var extraIDs: Set<String> = []
        for table in ordered {
            let existing: [String] = columns[table]!.contains(where: { $0.name == "id" })
                ? try await pool.query(
                    "SELECT CAST(id AS CHAR) FROM `\(table)` WHERE org_id = ? ORDER BY id", [UUID(uuidString: orgB)!])
                    .map { try $0.decode(at: 0) as String }
                : []
            if !existing.isEmpty {
                ids[table] = existing.map { $0.lowercased() }  // memberships, refresh tokens: made by the fixture
                continue
            }
            var names: [String] = []
            var values: [String] = []
            var rowID: String?
            for column in columns[table]! {
                let key = "\(table).\(column.name)"
                let value: String?
                if let override = overrides[key] {
                    value = override
                } else if column.name == "org_id" {
                    value = "'\(orgB)'"
                } else if let target = references[key] {
                    if target == "users" {
                        value = "'\(tenantUser)'"
                    } else if let parent = ids[target]?.first {
                        value = "'\(parent)'"
                    } else if column.nullable {
                        value = nil
                    } else {
                        throw HarnessError("OrgBData: \(key) references \(target), which has no org B row; add an override")
                    }
                } else if column.nullable || column.hasDefault || column.isAutoIncrement {
                    value = nil
                } else if jsonColumns.contains(key) {
                    value = "'{}'"
                } else {
                    value = try generic(column)
                    if column.dataType == "uuid", let value {
                        let id = String(value.dropFirst().dropLast())
                        if column.name == "id" { rowID = id } else { extraIDs.insert(id) }
                    }
                }
                if let value {
                    names.append("`\(column.name)`")
                    values.append(value)
                }
            }
            let sql = "INSERT INTO `\(table)` (\(names.joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
            do {
                _ = try await pool.execute(sql)
            } catch {
                throw HarnessError("OrgBData could not insert org B's row into \(table) (\(error)): \(sql). Add an entry to OrgBData.overrides.")
            }
            if let rowID { ids[table] = [rowID] }
        }
        let all = Set(ids.values.flatMap { $0 }).union(extraIDs)
        return OrgBData(
            orgID: orgB, idsByTable: ids, allIDs: all, orgTables: orgTables,
            columnsByTable: columns.mapValues { $0.map(\.name) }, userIDs: userIDs)
    }

    /// A value for a required column without a default, by its SQL type.
    private static func generic(_ column: Column) throws -> String {
        switch column.dataType {
        case "uuid":
            return "'\(UUID().uuidString.lowercased())'"
        case "varchar", "char", "text", "mediumtext", "longtext", "tinytext":
            let text = "iso-\(UUID().uuidString.prefix(8).lowercased())"
            return "'\(text.prefix(column.maxLength ?? text.count))'"
        case "enum":
            // COLUMN_TYPE is enum('A','B',…): the first value.
            guard let first = column.columnType.split(separator: "'").dropFirst().first else {
                throw HarnessError("OrgBData: cannot read the values of \(column.table).\(column.name) \(column.columnType)")
            }
            return "'\(first)'"
        case "tinyint", "smallint", "mediumint", "int", "bigint", "decimal":
            return "1"
        case "date":
            return "'2026-01-15'"
        case "datetime", "timestamp":
            return "NOW(6)"
        case "json", "longtext json":
            return "'{}'"
        case "binary", "varbinary", "blob":
            return "LEFT(UNHEX(SHA2(UUID(), 256)), \(column.maxLength ?? 32))"
        default:
            throw HarnessError(
                "OrgBData cannot fill \(column.table).\(column.name) (\(column.columnType)): add a rule for the type or an entry to OrgBData.overrides")
        }
    }

    /// A fingerprint of org B's rows per table (plus B's organization row and its users).
    func snapshot(_ pool: MariaDBPool) async throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        let orgUUID = UUID(uuidString: orgID)!
        for table in orgTables {
            result[table] = try await fingerprints(pool, table: table, where: "org_id = ?", [orgUUID])
        }
        result["organizations"] = try await fingerprints(pool, table: "organizations", where: "id = ?", [orgUUID])
        let placeholders = userIDs.map { _ in "?" }.joined(separator: ", ")
        result["users"] = try await fingerprints(
            pool, table: "users", where: "id IN (\(placeholders))", userIDs.map { UUID(uuidString: $0)! })
        return result
    }

    private func fingerprints(_ pool: MariaDBPool, table: String, where condition: String, _ binds: [any MariaDBBindable]) async throws -> [String] {
        let parts = (columnsByTable[table] ?? []).map { "`\($0)`, ISNULL(`\($0)`)" }.joined(separator: ", ")
        return try await pool.query("SELECT MD5(CONCAT_WS('|', \(parts))) FROM `\(table)` WHERE \(condition)", binds)
            .map { try $0.decode(at: 0) as String }.sorted()
    }
}
