import Foundation
import MariaDB

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
        let userColumns = UserRecord.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }
        return ListQuery(
            select: userColumns.joined(separator: ", ") + """
                , m.id AS m_id, m.user_id AS m_user_id, m.role AS m_role, m.is_active AS m_is_active, \
                m.created_at AS m_created_at, \(OrganizationRecord.columns("o"))
                """,
            from: "memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id",
            conditions: conditions, sortKeys: [], idExpression: "m.id")
    }
}

extension MemberRepository.Member: RowDecodable {
    public init(row: MariaDBRow) throws {
        self.init(membership: try MembershipRecord(row: row), user: try UserRecord(row: row))
    }
}
