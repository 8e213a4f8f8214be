import Foundation
import MariaDB

/// Writes and reads `attachments` rows. Reads by id and by owner go through
/// `RecordLookup` (the API's loaders); these are the writes and the owner checks.
public enum AttachmentRepository {
    /// Whether the owner row exists in `orgID` (an expense, or a tenant for photos and
    /// documents), locked (shared) so it cannot disappear under the insert.
    public static func ownerExists(_ kind: AttachmentOwnerKind, id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT id FROM \(kind.ownerTable) WHERE id = ? AND org_id = ? LOCK IN SHARE MODE", [id, orgID]
        ).isEmpty
    }

    /// Inserts the metadata row. A tenant has one photo: uploading a new one replaces the
    /// previous photo's row (the file stays, it may be shared by content hash).
    public static func insert(
        id: UUID, orgID: UUID, kind: AttachmentOwnerKind, ownerID: UUID, stored: StoredContent,
        filename: String, contentType: String, now: Date, on connection: MariaDBConnection
    ) async throws {
        if kind == .tenantPhoto {
            try await connection.execute(
                "DELETE FROM attachments WHERE owner_kind = 'TENANT_PHOTO' AND owner_id = ? AND org_id = ?", [ownerID, orgID])
        }
        try await connection.execute(
            """
            INSERT INTO attachments (id, org_id, owner_kind, owner_id, content_hash, filename, content_type, size_bytes, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, kind.rawValue, ownerID, stored.hashBytes, filename, contentType, stored.sizeBytes, now])
    }

    /// The attachment `id` of `orgID` locked for update; nil when absent or elsewhere.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> AttachmentRecord? {
        try await connection.query(
            "SELECT \(AttachmentRecord.selectList("a")) FROM attachments a WHERE a.id = ? AND a.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map { try AttachmentRecord(row: $0) }
    }

    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM attachments WHERE id = ?", [id])
    }
}
