import Foundation
import MariaDB

/// The `idempotency_records` table: one row per (organization, key) remembering which
/// operation ran with which request and what it answered. The primary key is the
/// concurrency guard: a second transaction inserting the same key waits on the first's
/// row lock and then sees its committed row (or takes the key when the first rolled back).
public enum IdempotencyRepository {
    /// What an earlier call with the key recorded.
    public struct Stored: Sendable, Hashable {
        public let operation: String
        public let requestHash: [UInt8]
        /// The JSON response the first call stored (`{}` while that call is still running
        /// in its own transaction — never visible to others, who wait on the row lock).
        public let response: String
    }

    /// Takes `key` for this call inside the caller's transaction. Returns nil when the key
    /// was free (the row is now inserted and locked until the transaction ends) or the row
    /// an earlier call committed. `INSERT IGNORE` waits for a concurrent holder of the key,
    /// and the locking read then sees the committed row.
    public static func claim(
        orgID: UUID, key: String, operation: String, requestHash: [UInt8], now: Date, on connection: MariaDBConnection
    ) async throws -> Stored? {
        let inserted = try await connection.execute(
            """
            INSERT IGNORE INTO idempotency_records (org_id, idempotency_key, operation, request_hash, response, created_at)
            VALUES (?, ?, ?, ?, '{}', ?)
            """, [orgID, key, operation, requestHash, now])
        if inserted.affectedRows == 1 { return nil }
        guard let row = try await connection.query(
            "SELECT operation, request_hash, response FROM idempotency_records WHERE org_id = ? AND idempotency_key = ? FOR UPDATE",
            [orgID, key]).first
        else { return nil }
        return Stored(operation: try row.decode("operation"), requestHash: try row.decode("request_hash"), response: try row.decode("response"))
    }

    /// Records the response of the call that holds `key` (same transaction as `claim`).
    public static func storeResponse(orgID: UUID, key: String, response: String, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE idempotency_records SET response = ? WHERE org_id = ? AND idempotency_key = ?", [response, orgID, key])
    }
}
