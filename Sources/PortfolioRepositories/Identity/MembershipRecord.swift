import Foundation
import MariaDB
import PortfolioDomain

/// A row of `memberships` with its organization: a user's role in one organization.
public struct MembershipRecord: Sendable, Hashable {
    public var id: String
    public var userID: String
    public var role: Role
    public var isActive: Bool
    public var createdAt: Date
    public var organization: OrganizationRecord

    public init(id: String, userID: String, role: Role, isActive: Bool, createdAt: Date, organization: OrganizationRecord) {
        self.id = id
        self.userID = userID
        self.role = role
        self.isActive = isActive
        self.createdAt = createdAt
        self.organization = organization
    }

    init(row: MariaDBRow) throws {
        id = try row.decode("m_id")
        userID = try row.decode("m_user_id")
        let roleName: String = try row.decode("m_role")
        guard let role = Role(rawValue: roleName) else {
            throw UnknownRoleInDatabase(value: roleName)
        }
        self.role = role
        isActive = try row.decode("m_is_active")
        createdAt = try row.decode("m_created_at")
        organization = try OrganizationRecord(row: row)
    }
}

/// A `memberships.role` value the code does not know: the database is ahead of the server.
public struct UnknownRoleInDatabase: Error, CustomStringConvertible {
    public let value: String
    public var description: String { "unknown role in memberships.role: \(value)" }
}
