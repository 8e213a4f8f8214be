import Foundation
import MariaDB
import PortfolioDomain

/// SQL over `organizations` and `memberships`. Soft-deleted organizations and inactive
/// memberships are invisible here: they grant nothing.
public enum OrganizationRepository {
    static let membershipSelect = """
        SELECT m.id AS m_id, m.user_id AS m_user_id, m.role AS m_role, m.is_active AS m_is_active,
               m.created_at AS m_created_at, \(OrganizationRecord.columns("o"))
        FROM memberships m JOIN organizations o ON o.id = m.org_id
        """

    /// The active memberships of a user in live organizations, oldest first (the first is the
    /// default organization at sign-in).
    public static func activeMemberships(userID: String, on connection: MariaDBConnection) async throws -> [MembershipRecord] {
        guard let uuid = UUID(uuidString: userID) else { return [] }
        return try await connection.query(
            membershipSelect + " WHERE m.user_id = ? AND m.is_active AND o.deleted_at IS NULL ORDER BY m.created_at, m.id",
            [uuid]
        ).map(MembershipRecord.init(row:))
    }

    /// Creates an organization with `ownerID` as its OWNER, in the caller's transaction.
    /// A taken slug surfaces as `.duplicateKey("uk_organizations_slug")`.
    public static func create(
        name: String, slug: String, currency: String, timezone: String, ownerID: String, now: Date,
        on connection: MariaDBConnection
    ) async throws -> MembershipRecord {
        let orgID = UUID()
        let membershipID = UUID()
        try await connection.execute(
            "INSERT INTO organizations (id, name, slug, currency, timezone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [orgID, name, slug, currency, timezone, now, now])
        try await connection.execute(
            "INSERT INTO memberships (id, org_id, user_id, role, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)",
            [membershipID, orgID, UUID(uuidString: ownerID), Role.owner.rawValue, now, now])
        let rows = try await connection.query(membershipSelect + " WHERE m.id = ?", [membershipID])
        guard let row = rows.first else { throw MissingRowAfterInsert(table: "memberships") }
        return try MembershipRecord(row: row)
    }

    /// A live organization by id; nil when unknown or deleted.
    public static func find(id: String, on connection: MariaDBConnection) async throws -> OrganizationRecord? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await connection.query(
            "SELECT \(OrganizationRecord.columns("o")) FROM organizations o WHERE o.id = ? AND o.deleted_at IS NULL", [uuid]
        ).first.map(OrganizationRecord.init(row:))
    }

    /// Writes the given fields of a live organization; nil leaves a field as it is.
    public static func update(
        id: String, name: String?, currency: String?, timezone: String?, now: Date, on connection: MariaDBConnection
    ) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        var sets: [String] = ["updated_at = ?"]
        var binds: [any MariaDBBindable] = [now]
        if let name { sets.append("name = ?"); binds.append(name) }
        if let currency { sets.append("currency = ?"); binds.append(currency) }
        if let timezone { sets.append("timezone = ?"); binds.append(timezone) }
        binds.append(uuid)
        try await connection.execute(
            "UPDATE organizations SET \(sets.joined(separator: ", ")) WHERE id = ? AND deleted_at IS NULL", binds)
    }

    /// Soft-deletes an organization: it and its memberships stop granting anything; rows stay.
    public static func softDelete(id: String, now: Date, on connection: MariaDBConnection) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        try await connection.execute(
            "UPDATE organizations SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL", [now, now, uuid])
    }

    /// Whether a slug is free (a hint for choosing one; the unique key decides).
    public static func slugExists(_ slug: String, on connection: MariaDBConnection) async throws -> Bool {
        !(try await connection.query("SELECT 1 FROM organizations WHERE slug = ?", [slug])).isEmpty
    }
}

/// A row just inserted in the same transaction could not be read back: a bug, not user error.
public struct MissingRowAfterInsert: Error, CustomStringConvertible {
    public let table: String
    public init(table: String) { self.table = table }
    public var description: String { "row inserted into \(table) not found" }
}
