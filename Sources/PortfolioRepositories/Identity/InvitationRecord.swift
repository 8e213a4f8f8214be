import Foundation
import MariaDB
import PortfolioDomain

/// A row of `invitations`: an e-mail invited into an organization with a role.
public struct InvitationRecord: Sendable, Hashable {
    public var id: String
    public var orgID: String
    public var email: String
    public var role: Role
    public var expiresAt: Date
    public var acceptedAt: Date?
    public var revokedAt: Date?
    public var createdAt: Date

    static let columns = "id, org_id, email, role, expires_at, accepted_at, revoked_at, created_at"

    init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        email = try row.decode("email")
        let roleName: String = try row.decode("role")
        guard let role = Role(rawValue: roleName) else { throw UnknownRoleInDatabase(value: roleName) }
        self.role = role
        expiresAt = try row.decode("expires_at")
        acceptedAt = try row.decode("accepted_at")
        revokedAt = try row.decode("revoked_at")
        createdAt = try row.decode("created_at")
    }
}
