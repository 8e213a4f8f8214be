import Foundation
import MariaDB
import PortfolioDomain

/// Reads and writes `expenses`. Lists go through `ListQuery` (keyset paging), writes run on
/// the caller's transaction connection so validation and write share one transaction.
public enum ExpenseRepository {
    /// Filters of the expenses list; nil means "any".
    public struct Filter: Sendable, Hashable {
        public var buildingID: UUID?
        public var unitID: UUID?
        /// Exact category (case-insensitive, the column's collation).
        public var category: String?
        /// Spent on or after this day.
        public var spentFrom: LocalDate?
        /// Spent on or before this day.
        public var spentTo: LocalDate?

        public init(buildingID: UUID? = nil, unitID: UUID? = nil, category: String? = nil, spentFrom: LocalDate? = nil, spentTo: LocalDate? = nil) {
            self.buildingID = buildingID
            self.unitID = unitID
            self.category = category
            self.spentFrom = spentFrom
            self.spentTo = spentTo
        }
    }

    /// What the list is ordered by (the id breaks ties).
    public enum OrderField: String, Sendable {
        case spentOn = "SPENT_ON"
        case amount = "AMOUNT"
        case createdAt = "CREATED_AT"

        var expression: String {
            switch self {
            case .spentOn: "e.spent_on"
            case .amount: "e.amount_minor"
            case .createdAt: "e.created_at"
            }
        }
    }

    /// The expenses of `scope` matching `filter`, ordered by `field` then id.
    public static func list(scope: RecordScope, filter: Filter, orderBy field: OrderField, ascending: Bool) -> ListQuery<ExpenseRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: ExpenseRecord.self, alias: "e")
        if let building = filter.buildingID { conditions.add("e.building_id = ?", building) }
        if let unit = filter.unitID { conditions.add("e.unit_id = ?", unit) }
        if let category = filter.category { conditions.add("e.category = ?", category) }
        if let from = filter.spentFrom { conditions.add("e.spent_on >= ?", from) }
        if let to = filter.spentTo { conditions.add("e.spent_on <= ?", to) }
        return ListQuery(
            select: ExpenseRecord.selectList("e"), from: "expenses e", conditions: conditions,
            sortKeys: [SortKey(field.expression, ascending: ascending)], idExpression: "e.id")
    }

    /// The values a create or update writes.
    public struct Values: Sendable {
        public var buildingID: UUID
        public var unitID: UUID?
        public var category: String
        public var vendor: String?
        public var amountMinor: Int64
        public var spentOn: LocalDate
        public var description: String?

        public init(buildingID: UUID, unitID: UUID?, category: String, vendor: String?, amountMinor: Int64, spentOn: LocalDate, description: String?) {
            self.buildingID = buildingID
            self.unitID = unitID
            self.category = category
            self.vendor = vendor
            self.amountMinor = amountMinor
            self.spentOn = spentOn
            self.description = description
        }
    }

    /// Whether the building exists in `orgID` and is not soft-deleted; locks its row
    /// (shared) so it cannot be deleted under the insert.
    public static func buildingExists(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT id FROM buildings WHERE id = ? AND org_id = ? AND deleted_at IS NULL LOCK IN SHARE MODE", [id, orgID]
        ).isEmpty
    }

    /// The building of unit `id` in `orgID`; nil when the unit is not in the organization.
    public static func unitBuilding(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> String? {
        guard let row = try await connection.query(
            "SELECT building_id FROM units WHERE id = ? AND org_id = ? LOCK IN SHARE MODE", [id, orgID]
        ).first else { return nil }
        return try row.decode("building_id")
    }

    public static func insert(id: UUID, orgID: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO expenses (id, org_id, building_id, unit_id, category, vendor, amount_minor, spent_on, description, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, values.buildingID, values.unitID, values.category, values.vendor, values.amountMinor,
             values.spentOn, values.description, now, now])
    }

    /// The expense `id` of `orgID`, locked for update; nil when absent or elsewhere.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> ExpenseRecord? {
        try await connection.query(
            "SELECT \(ExpenseRecord.selectList("e")) FROM expenses e WHERE e.id = ? AND e.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map { try ExpenseRecord(row: $0) }
    }

    public static func update(id: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            UPDATE expenses SET building_id = ?, unit_id = ?, category = ?, vendor = ?, amount_minor = ?, spent_on = ?,
            description = ?, updated_at = ? WHERE id = ?
            """,
            [values.buildingID, values.unitID, values.category, values.vendor, values.amountMinor, values.spentOn,
             values.description, now, id])
    }

    /// Deletes the expense and its attachment rows (the stored files are content-addressed
    /// and may be shared, so they stay on disk).
    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM attachments WHERE owner_kind = 'EXPENSE' AND owner_id = ?", [id])
        try await connection.execute("DELETE FROM expenses WHERE id = ?", [id])
    }
}
