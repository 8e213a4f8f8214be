import Foundation
import MariaDB

/// SQL for two-factor authentication: the TOTP secret and its confirmation on `users`, and
/// the hashed, single-use `recovery_codes`.
public enum TwoFactorRepository {
    /// Stores a new, not yet confirmed secret (sign-in does not ask for codes until `enable`).
    public static func setPendingSecret(userID: String, secret: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE users SET totp_secret = ?, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = ? WHERE id = ?",
            [secret, now, UUID(uuidString: userID)])
    }

    public static func enable(userID: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE users SET totp_enabled_at = ?, updated_at = ? WHERE id = ?", [now, now, UUID(uuidString: userID)])
    }

    /// Turns two-factor off and drops the secret and every recovery code.
    public static func disable(userID: String, now: Date, on connection: MariaDBConnection) async throws {
        let user = UUID(uuidString: userID)
        try await connection.execute(
            "UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = ? WHERE id = ?",
            [now, user])
        try await connection.execute("DELETE FROM recovery_codes WHERE user_id = ?", [user])
    }

    /// Records that the code of time step `step` was used; false when that step or a later
    /// one was used already (the code is a replay). One conditional UPDATE, so two
    /// concurrent sign-ins with the same code cannot both win.
    public static func claimTimeStep(userID: String, step: Int64, on connection: MariaDBConnection) async throws -> Bool {
        try await connection.execute(
            "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
            [step, UUID(uuidString: userID), step]
        ).affectedRows == 1
    }

    /// Replaces the user's recovery codes with these hashes.
    public static func replaceRecoveryCodes(userID: String, hashes: [[UInt8]], now: Date, on connection: MariaDBConnection) async throws {
        let user = UUID(uuidString: userID)
        try await connection.execute("DELETE FROM recovery_codes WHERE user_id = ?", [user])
        for hash in hashes {
            try await connection.execute(
                "INSERT INTO recovery_codes (id, user_id, code_hash, created_at) VALUES (?, ?, ?, ?)", [UUID(), user, hash, now])
        }
    }

    /// Spends an unused recovery code; false when there is none with this hash.
    public static func useRecoveryCode(userID: String, hash: [UInt8], now: Date, on connection: MariaDBConnection) async throws -> Bool {
        try await connection.execute(
            "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
            [now, UUID(uuidString: userID), hash]
        ).affectedRows == 1
    }
}
