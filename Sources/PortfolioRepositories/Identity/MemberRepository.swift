import Foundation
import MariaDB
import PortfolioDomain

/// The people of one organization (membership with user), filtered and paged by keyset on
/// the membership id through `ListQuery`.
public enum MemberRepository {
    /// One member: the membership and the user it belongs to.
    public struct Member: Sendable, Hashable {
        public let membership: MembershipRecord
        public let user: UserRecord
    }

    /// Filters of the members list; nil means "any".
    public struct Filter: Sendable, Hashable {
        /// Case-insensitive substring of the e-mail address.
        public var emailContains: String?
        /// Only active (true) or only deactivated (false) memberships.
        public var isActive: Bool?

        public init(emailContains: String? = nil, isActive: Bool? = nil) {
            self.emailContains = emailContains
            self.isActive = isActive
        }
    }

    /// The organization's members matching `filter`, ordered by membership id, for paging.
    public static func list(orgID: UUID, filter: Filter) -> ListQuery<Member> {
        var conditions = SQLConditions()
        conditions.add("m.org_id = ?", orgID)
        if let email = filter.emailContains, !email.isEmpty {
            conditions.addContains(email, in: ["u.email"])
        }
        if let active = filter.isActive {
            conditions.add("m.is_active = ?", active)
        }
        return ListQuery(select: select, from: from, conditions: conditions, sortKeys: [], idExpression: "m.id")
    }

    /// The columns of one member (user, membership, organization) as `Member(row:)` reads them.
    static var select: String {
        let userColumns = UserRecord.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }
        return userColumns.joined(separator: ", ") + """
            , m.id AS m_id, m.user_id AS m_user_id, m.role AS m_role, m.is_active AS m_is_active, \
            m.created_at AS m_created_at, \(OrganizationRecord.columns("o"))
            """
    }

    static let from = "memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id"

    /// One member of `orgID` by membership id, active or not; nil when the membership belongs
    /// to another organization or does not exist (the caller answers NOT_FOUND either way).
    /// `forUpdate` locks the membership row for the caller's transaction.
    public static func find(orgID: UUID, membershipID: UUID, forUpdate: Bool = false, on connection: MariaDBConnection) async throws -> Member? {
        try await connection.query(
            "SELECT \(select) FROM \(from) WHERE m.id = ? AND m.org_id = ?\(forUpdate ? " FOR UPDATE" : "")",
            [membershipID, orgID]
        ).first.map(Member.init(row:))
    }

    /// The member of `orgID` that `userID` is, active or not; nil when they are not one.
    public static func find(orgID: UUID, userID: UUID, on connection: MariaDBConnection) async throws -> Member? {
        try await connection.query(
            "SELECT \(select) FROM \(from) WHERE m.user_id = ? AND m.org_id = ?", [userID, orgID]
        ).first.map(Member.init(row:))
    }

    /// The number of active OWNERs of `orgID`, with their membership rows locked so two
    /// concurrent demotions or deactivations cannot both see "another owner remains".
    public static func lockActiveOwnerCount(orgID: UUID, on connection: MariaDBConnection) async throws -> Int {
        try await connection.query(
            "SELECT id FROM memberships WHERE org_id = ? AND role = 'OWNER' AND is_active ORDER BY id FOR UPDATE", [orgID]
        ).count
    }

    /// Sets a membership's active flag (deactivated memberships grant nothing: the
    /// authenticator loads active ones only).
    public static func setActive(orgID: UUID, membershipID: UUID, _ active: Bool, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE memberships SET is_active = ?, updated_at = ? WHERE id = ? AND org_id = ?", [active, now, membershipID, orgID])
    }

    /// Sets a membership's role.
    public static func setRole(orgID: UUID, membershipID: UUID, _ role: Role, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE memberships SET role = ?, updated_at = ? WHERE id = ? AND org_id = ?", [role.rawValue, now, membershipID, orgID])
    }
}

extension MemberRepository.Member: RowDecodable {
    public init(row: MariaDBRow) throws {
        self.init(membership: try MembershipRecord(row: row), user: try UserRecord(row: row))
    }
}
