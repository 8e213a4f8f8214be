import Foundation
import MariaDB

/// SQL over `password_reset_tokens`: single-use, expiring, stored as SHA-256 only.
public enum PasswordResetRepository {
    public static func insert(userID: String, tokenHash: [UInt8], expiresAt: Date, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO password_reset_tokens (id, user_id, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?)",
            [UUID(), UUID(uuidString: userID), tokenHash, expiresAt, now])
    }

    /// The user id of an unused, unexpired token, locking its row; nil otherwise.
    public static func lockUsable(tokenHash: [UInt8], now: Date, on connection: MariaDBConnection) async throws -> (id: String, userID: String)? {
        guard let row = try await connection.query(
            "SELECT id, user_id FROM password_reset_tokens WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE",
            [tokenHash, now]
        ).first else { return nil }
        return (try row.decode("id"), try row.decode("user_id"))
    }

    /// Marks every open token of the user used (the one just redeemed and any older ones).
    public static func markAllUsed(userID: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE password_reset_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL", [now, UUID(uuidString: userID)])
    }
}
