import Foundation
import MariaDB

/// SQL over `refresh_tokens` and `revoked_access_tokens`: the server-side state of sessions.
/// Tokens are looked up by the SHA-256 of their value; the value itself is never stored.
public enum SessionRepository {
    public static func insertRefreshToken(
        familyID: String, userID: String, orgID: String?, tokenHash: [UInt8], expiresAt: Date, now: Date,
        on connection: MariaDBConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO refresh_tokens (id, family_id, user_id, org_id, token_hash, expires_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [UUID(), UUID(uuidString: familyID), UUID(uuidString: userID), orgID.flatMap(UUID.init(uuidString:)),
             tokenHash, expiresAt, now])
    }

    /// The token with this hash, locked (`FOR UPDATE`) so two concurrent refreshes with the
    /// same token serialize: the second sees it rotated and is treated as reuse.
    public static func lockRefreshToken(hash: [UInt8], on connection: MariaDBConnection) async throws -> RefreshTokenRecord? {
        try await connection.query(
            "SELECT id, family_id, user_id, org_id, expires_at, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = ? FOR UPDATE",
            [hash]
        ).first.map(RefreshTokenRecord.init(row:))
    }

    public static func markRotated(id: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE refresh_tokens SET rotated_at = ? WHERE id = ?", [now, UUID(uuidString: id)])
    }

    /// Revokes every token of a session that is not revoked yet; returns how many were.
    @discardableResult
    public static func revokeFamily(_ familyID: String, now: Date, on connection: MariaDBConnection) async throws -> UInt64 {
        guard let uuid = UUID(uuidString: familyID) else { return 0 }
        return try await connection.execute(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", [now, uuid]
        ).affectedRows
    }

    /// Revokes every session of a user except `keepFamilyID` (after a password change).
    public static func revokeOtherFamilies(userID: String, keepFamilyID: String, now: Date, on connection: MariaDBConnection) async throws {
        guard let user = UUID(uuidString: userID), let keep = UUID(uuidString: keepFamilyID) else { return }
        try await connection.execute(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND family_id <> ? AND revoked_at IS NULL",
            [now, user, keep])
    }

    /// Remembers an access token id as revoked until it would expire anyway (and drops
    /// entries whose tokens have expired, keeping the table small).
    public static func revokeAccessToken(id: String, expiresAt: Date, now: Date, on connection: MariaDBConnection) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        try await connection.execute(
            "INSERT IGNORE INTO revoked_access_tokens (token_id, expires_at) VALUES (?, ?)", [uuid, expiresAt])
        try await connection.execute("DELETE FROM revoked_access_tokens WHERE expires_at < ?", [now])
    }

    /// The user's `is_active` and whether the access token id was revoked, in one round trip;
    /// nil when the user no longer exists.
    public static func accessState(userID: String, tokenID: String, on connection: MariaDBConnection) async throws
        -> (userActive: Bool, tokenRevoked: Bool)?
    {
        guard let user = UUID(uuidString: userID), let token = UUID(uuidString: tokenID) else { return nil }
        let rows = try await connection.query(
            """
            SELECT u.is_active AS active,
                   EXISTS (SELECT 1 FROM revoked_access_tokens r WHERE r.token_id = ?) AS revoked
            FROM users u WHERE u.id = ?
            """,
            [token, user])
        guard let row = rows.first else { return nil }
        return (try row.decode("active"), try row.decode("revoked"))
    }
}
