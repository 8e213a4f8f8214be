import Foundation
import MariaDB
import PortfolioDomain

/// The organization's tenants: the filtered, ordered list and the writes of the tenant
/// mutations. Every read goes through a `RecordScope`, so a tenant user sees only their own
/// row.
public enum TenantRepository {
    /// Filters of the tenants list; nil means "any".
    public struct Filter: Sendable, Hashable {
        /// Case-insensitive substring of the name, e-mail or phone.
        public var search: String?
        /// Only tenants with one of these statuses; nil or empty means any.
        public var statuses: [String]?

        public init(search: String? = nil, statuses: [String]? = nil) {
            self.search = search
            self.statuses = statuses
        }
    }

    /// The orderings the list offers (the id breaks ties).
    public enum OrderField: String, Sendable {
        case fullName = "FULL_NAME"
        case createdAt = "CREATED_AT"

        var expression: String {
            switch self {
            case .fullName: "t.full_name"
            case .createdAt: "t.created_at"
            }
        }
    }

    public static func list(scope: RecordScope, filter: Filter, orderBy field: OrderField, ascending: Bool) -> ListQuery<TenantRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: TenantRecord.self, alias: "t")
        if let search = filter.search, !search.isEmpty {
            conditions.addContains(search, in: ["t.full_name", "t.email", "t.phone"])
        }
        if let statuses = filter.statuses, !statuses.isEmpty {
            conditions.add("t.status", in: statuses)
        }
        return ListQuery(
            select: TenantRecord.selectList("t"), from: "tenants t", conditions: conditions,
            sortKeys: [SortKey(field.expression, ascending: ascending)], idExpression: "t.id")
    }

    /// The editable columns of a tenant.
    public struct Values: Sendable, Hashable {
        public var fullName: String
        public var email: String?
        public var phone: String?
        public var status: String
        public var identityType: String?
        public var identityNumber: String?
        public var notes: String?

        public init(fullName: String, email: String?, phone: String?, status: String, identityType: String?, identityNumber: String?, notes: String?) {
            self.fullName = fullName
            self.email = email
            self.phone = phone
            self.status = status
            self.identityType = identityType
            self.identityNumber = identityNumber
            self.notes = notes
        }
    }

    public static func insert(id: UUID, orgID: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO tenants (id, org_id, user_id, full_name, email, phone, status, identity_type, identity_number, notes, created_at, updated_at)
            VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, values.fullName, values.email, values.phone, values.status, values.identityType,
             values.identityNumber, values.notes, now, now])
    }

    public static func update(id: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            UPDATE tenants SET full_name = ?, email = ?, phone = ?, status = ?, identity_type = ?, identity_number = ?,
            notes = ?, updated_at = ? WHERE id = ?
            """,
            [values.fullName, values.email, values.phone, values.status, values.identityType, values.identityNumber,
             values.notes, now, id])
    }

    /// Whether the tenant is a party of any lease (active or ended): such a tenant is kept,
    /// because the lease history and its money refer to them.
    public static func isLeaseParty(_ id: UUID, on connection: MariaDBConnection) async throws -> Bool {
        try await !connection.query("SELECT lease_id FROM lease_parties WHERE tenant_id = ? LIMIT 1 LOCK IN SHARE MODE", [id]).isEmpty
    }

    /// Deletes the tenant with their family members and attachment records.
    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM family_members WHERE tenant_id = ?", [id])
        try await connection.execute("DELETE FROM attachments WHERE owner_id = ?", [id])
        try await connection.execute("DELETE FROM tenants WHERE id = ?", [id])
    }

    /// The tenant of `orgID` already linked to `userID`, if any (locked).
    public static func linkedTenant(orgID: UUID, userID: UUID, on connection: MariaDBConnection) async throws -> String? {
        guard let row = try await connection.query(
            "SELECT id FROM tenants WHERE org_id = ? AND user_id = ? FOR UPDATE", [orgID, userID]
        ).first else { return nil }
        return try row.decode("id")
    }

    /// Sets or clears (nil) the TENANT user linked to a tenant.
    public static func setUser(id: UUID, userID: UUID?, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE tenants SET user_id = ?, updated_at = ? WHERE id = ?", [userID, now, id])
    }
}
