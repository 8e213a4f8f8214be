import Foundation
import MariaDB

/// SQL over `users`. E-mail addresses are stored as given (trimmed by the caller) and
/// matched case-insensitively through the column's `utf8mb4_unicode_ci` collation, so the
/// unique key also rejects `A@x.com` next to `a@x.com`.
public enum UserRepository {
    public static func find(id: String, on connection: MariaDBConnection) async throws -> UserRecord? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await connection.query("SELECT \(UserRecord.columns) FROM users WHERE id = ?", [uuid])
            .first.map(UserRecord.init(row:))
    }

    /// Several users at once (one query), by id; unknown ids are absent from the result.
    public static func find(ids: [String], on connection: MariaDBConnection) async throws -> [String: UserRecord] {
        let uuids = ids.compactMap(UUID.init(uuidString:))
        guard !uuids.isEmpty else { return [:] }
        let marks = SQLPlaceholders.list(uuids.count)
        let rows = try await connection.query("SELECT \(UserRecord.columns) FROM users WHERE id IN (\(marks))", uuids)
        var users: [String: UserRecord] = [:]
        for row in rows {
            let user = try UserRecord(row: row)
            users[user.id] = user
        }
        return users
    }

    public static func find(email: String, on connection: MariaDBConnection) async throws -> UserRecord? {
        try await connection.query("SELECT \(UserRecord.columns) FROM users WHERE email = ?", [email])
            .first.map(UserRecord.init(row:))
    }

    /// Inserts a user; a taken e-mail surfaces as `MariaDBError` `.duplicateKey("uk_users_email")`.
    public static func insert(
        id: UUID, email: String, passwordHash: String, fullName: String, phone: String?, now: Date,
        on connection: MariaDBConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO users (id, email, password_hash, full_name, phone, is_active, password_changed_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)
            """,
            [id, email, passwordHash, fullName, phone, now, now, now])
    }

    /// Writes the profile fields; nil leaves a field as it is (`phone` is cleared with `.some(nil)`).
    public static func updateProfile(
        id: String, fullName: String?, email: String?, phone: String??, now: Date, on connection: MariaDBConnection
    ) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        var sets: [String] = ["updated_at = ?"]
        var binds: [any MariaDBBindable] = [now]
        if let fullName { sets.append("full_name = ?"); binds.append(fullName) }
        if let email { sets.append("email = ?"); binds.append(email) }
        if let phone { sets.append("phone = ?"); binds.append(phone) }
        binds.append(uuid)
        try await connection.execute("UPDATE users SET \(sets.joined(separator: ", ")) WHERE id = ?", binds)
    }

    public static func updatePassword(id: String, passwordHash: String, now: Date, on connection: MariaDBConnection) async throws {
        guard let uuid = UUID(uuidString: id) else { return }
        try await connection.execute(
            "UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?",
            [passwordHash, now, now, uuid])
    }
}
