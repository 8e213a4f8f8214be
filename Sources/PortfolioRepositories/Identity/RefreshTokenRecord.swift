import Foundation
import MariaDB

/// A row of `refresh_tokens`: one link in a session's chain of rotated tokens.
public struct RefreshTokenRecord: Sendable, Hashable {
    public var id: String
    /// The session: every token rotated from the first one shares it; revocation is per family.
    public var familyID: String
    public var userID: String
    public var orgID: String?
    public var expiresAt: Date
    /// Set when the token was exchanged for a new one; presenting it again is reuse.
    public var rotatedAt: Date?
    public var revokedAt: Date?

    init(row: MariaDBRow) throws {
        id = try row.decode("id")
        familyID = try row.decode("family_id")
        userID = try row.decode("user_id")
        orgID = try row.decode("org_id")
        expiresAt = try row.decode("expires_at")
        rotatedAt = try row.decode("rotated_at")
        revokedAt = try row.decode("revoked_at")
    }
}
