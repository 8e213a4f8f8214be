import Foundation
import MariaDB

/// SQL over `mail_outbox`: mail is written here in the transaction that caused it, and a
/// sender delivers unsent rows when a mail transport is configured.
public enum MailOutboxRepository {
    public static func enqueue(to address: String, subject: String, body: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO mail_outbox (id, to_address, subject, body, created_at) VALUES (?, ?, ?, ?, ?)",
            [UUID(), address, subject, body, now])
    }
}
