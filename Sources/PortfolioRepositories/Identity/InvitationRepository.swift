import Foundation
import MariaDB
import PortfolioDomain

/// SQL over `invitations` and the membership an accepted invitation creates.
public enum InvitationRepository {
    public static func insert(
        orgID: String, email: String, role: Role, tokenHash: [UInt8], invitedBy: String, expiresAt: Date, now: Date,
        on connection: MariaDBConnection
    ) async throws -> InvitationRecord {
        let id = UUID()
        try await connection.execute(
            """
            INSERT INTO invitations (id, org_id, email, role, token_hash, invited_by, expires_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, UUID(uuidString: orgID), email, role.rawValue, tokenHash, UUID(uuidString: invitedBy), expiresAt, now])
        guard let row = try await connection.query("SELECT \(InvitationRecord.columns) FROM invitations WHERE id = ?", [id]).first else {
            throw MissingRowAfterInsert(table: "invitations")
        }
        return try InvitationRecord(row: row)
    }

    /// An open (not accepted, not revoked, not expired) invitation by token hash, locked.
    public static func lockOpen(tokenHash: [UInt8], now: Date, on connection: MariaDBConnection) async throws -> InvitationRecord? {
        try await connection.query(
            """
            SELECT \(InvitationRecord.columns) FROM invitations
            WHERE token_hash = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ? FOR UPDATE
            """,
            [tokenHash, now]
        ).first.map(InvitationRecord.init(row:))
    }

    public static func markAccepted(id: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE invitations SET accepted_at = ? WHERE id = ?", [now, UUID(uuidString: id)])
    }

    /// Whether the user already has a membership (active or not) in the organization.
    public static func membershipState(orgID: String, userID: String, on connection: MariaDBConnection) async throws -> Bool? {
        try await connection.query(
            "SELECT is_active FROM memberships WHERE org_id = ? AND user_id = ?", [UUID(uuidString: orgID), UUID(uuidString: userID)]
        ).first.map { try $0.decode("is_active") }
    }

    /// Creates the membership, or reactivates a deactivated one with the invited role.
    public static func grantMembership(orgID: String, userID: String, role: Role, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO memberships (id, org_id, user_id, role, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)
            ON DUPLICATE KEY UPDATE role = VALUES(role), is_active = TRUE, updated_at = VALUES(updated_at)
            """,
            [UUID(), UUID(uuidString: orgID), UUID(uuidString: userID), role.rawValue, now, now])
    }

    /// The number of active OWNERs of an organization (for role-assignment rules).
    public static func ownerCount(orgID: String, on connection: MariaDBConnection) async throws -> Int {
        guard let row = try await connection.query(
            "SELECT COUNT(*) AS owners FROM memberships WHERE org_id = ? AND role = 'OWNER' AND is_active", [UUID(uuidString: orgID)]
        ).first else { return 0 }
        return try row.decode("owners")
    }
}
