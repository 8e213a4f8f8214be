import Foundation
import MariaDB

/// A row of `attachments`: the metadata of an uploaded file. The bytes live on disk under
/// `AttachmentStore`, named by `contentHash`, so identical uploads share one file.
public struct AttachmentRecord: Record, Hashable {
    public static let table = "attachments"
    public static let columns = [
        "id", "org_id", "owner_kind", "owner_id", "content_hash", "filename", "content_type", "size_bytes", "created_at",
    ]

    /// A tenant sees the photo and documents of a tenant linked to their user; never an
    /// expense's files.
    public static func tenantOwnership(_ alias: String) -> String? {
        "(\(alias).owner_kind IN ('TENANT_PHOTO','TENANT_DOCUMENT') AND EXISTS "
            + "(SELECT 1 FROM tenants own_t WHERE own_t.id = \(alias).owner_id AND own_t.user_id = ?))"
    }

    public var id: String
    public var orgID: String
    public var ownerKind: AttachmentOwnerKind
    public var ownerID: String
    /// SHA-256 of the content, lower-case hex (64 characters).
    public var contentHash: String
    public var filename: String
    public var contentType: String
    public var sizeBytes: Int64
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        let kind: String = try row.decode("owner_kind")
        guard let ownerKind = AttachmentOwnerKind(rawValue: kind) else {
            throw AttachmentDecodingError(message: "unknown attachments.owner_kind \(kind)")
        }
        self.ownerKind = ownerKind
        ownerID = try row.decode("owner_id")
        let hash: MariaDBValue = try row.decode("content_hash")
        switch hash {
        case .bytes(let bytes): contentHash = AttachmentStore.hex(bytes)
        case .string(let text): contentHash = AttachmentStore.hex(Array(text.utf8))
        default: throw AttachmentDecodingError(message: "attachments.content_hash is not binary")
        }
        filename = try row.decode("filename")
        contentType = try row.decode("content_type")
        sizeBytes = try row.decode("size_bytes")
        createdAt = try row.decode("created_at")
    }
}

/// A row of `attachments` the code cannot read: the database is ahead of the server.
public struct AttachmentDecodingError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
