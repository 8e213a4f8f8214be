import Foundation
import MariaDB

/// Buildings of one organization: the list (soft-deleted hidden unless asked), writes and
/// soft delete/restore. Uniqueness of `code` per organization is the unique key
/// `uk_buildings_org_code`; a clash surfaces as `MariaDBError` `.duplicateKey`.
public enum BuildingRepository {
    /// Filters of the buildings list; nil means "any".
    public struct Filter: Sendable, Hashable {
        /// Substring of the name (case-insensitive).
        public var name: String?
        /// Substring of the code (case-insensitive).
        public var code: String?
        /// Substring of name, code, address or city.
        public var search: String?
        /// Exact kind.
        public var kind: String?
        /// Soft-deleted buildings are listed too when true.
        public var includeDeleted: Bool

        public init(name: String? = nil, code: String? = nil, search: String? = nil, kind: String? = nil, includeDeleted: Bool = false) {
            self.name = name
            self.code = code
            self.search = search
            self.kind = kind
            self.includeDeleted = includeDeleted
        }
    }

    /// The writable fields of a building.
    public struct Values: Sendable, Hashable {
        public var code: String
        public var name: String
        public var kind: String
        public var address: String?
        public var city: String?
        public var note: String?
        public var billingCycle: String
        public var billingDueDay: Int
        public var billingCutoffDay: Int?

        public init(code: String, name: String, kind: String, address: String?, city: String?, note: String?,
                    billingCycle: String, billingDueDay: Int, billingCutoffDay: Int?) {
            self.code = code
            self.name = name
            self.kind = kind
            self.address = address
            self.city = city
            self.note = note
            self.billingCycle = billingCycle
            self.billingDueDay = billingDueDay
            self.billingCutoffDay = billingCutoffDay
        }

        public init(_ record: BuildingRecord) {
            self.init(code: record.code, name: record.name, kind: record.kind, address: record.address, city: record.city,
                      note: record.note, billingCycle: record.billingCycle, billingDueDay: record.billingDueDay,
                      billingCutoffDay: record.billingCutoffDay)
        }
    }

    /// The buildings of `scope` matching `filter` in `order` (NAME, CODE or CREATED_AT).
    public static func list(scope: RecordScope, filter: Filter, order: PortfolioListOrder, ascending: Bool) -> ListQuery<BuildingRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: BuildingRecord.self, alias: "b")
        if !filter.includeDeleted { conditions.add("b.deleted_at IS NULL") }
        if let name = filter.name, !name.isEmpty { conditions.addContains(name, in: ["b.name"]) }
        if let code = filter.code, !code.isEmpty { conditions.addContains(code, in: ["b.code"]) }
        if let kind = filter.kind, !kind.isEmpty { conditions.add("b.kind = ?", kind) }
        if let search = filter.search, !search.isEmpty {
            conditions.addContains(search, in: ["b.name", "b.code", "COALESCE(b.address, '')", "COALESCE(b.city, '')"])
        }
        let key: String
        switch order {
        case .code: key = "b.code"
        case .createdAt: key = "b.created_at"
        default: key = "b.name"
        }
        return ListQuery(select: BuildingRecord.selectList("b"), from: "buildings b", conditions: conditions,
                         sortKeys: [SortKey(key, ascending: ascending)], idExpression: "b.id")
    }

    /// The building `id` of `orgID` (deleted or not), locked for update; nil when absent.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> BuildingRecord? {
        try await connection.query(
            "SELECT \(BuildingRecord.selectList("b")) FROM buildings b WHERE b.id = ? AND b.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(BuildingRecord.init(row:))
    }

    public static func insert(id: UUID, orgID: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("""
            INSERT INTO buildings (id, org_id, code, name, kind, address, city, note, billing_cycle, billing_due_day,
              billing_cutoff_day, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, orgID, values.code, values.name, values.kind, values.address, values.city, values.note,
                  values.billingCycle, values.billingDueDay, values.billingCutoffDay, now, now])
    }

    public static func update(id: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("""
            UPDATE buildings SET code = ?, name = ?, kind = ?, address = ?, city = ?, note = ?, billing_cycle = ?,
              billing_due_day = ?, billing_cutoff_day = ?, updated_at = ? WHERE id = ?
            """, [values.code, values.name, values.kind, values.address, values.city, values.note, values.billingCycle,
                  values.billingDueDay, values.billingCutoffDay, now, id])
    }

    /// Soft-deletes (a date) or restores (nil) the building.
    public static func setDeleted(id: UUID, at date: Date?, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE buildings SET deleted_at = ?, updated_at = ? WHERE id = ?", [date, now, id])
    }
}
