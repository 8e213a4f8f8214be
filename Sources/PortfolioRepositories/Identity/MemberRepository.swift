import Foundation
import MariaDB

/// The people of one organization (membership with user), filtered and paged by keyset on
/// the membership id, so a page costs one indexed range scan whatever its position.
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

    static func whereClause(orgID: UUID, filter: Filter) -> (String, [any MariaDBBindable]) {
        var clauses = ["m.org_id = ?"]
        var binds: [any MariaDBBindable] = [orgID]
        if let email = filter.emailContains, !email.isEmpty {
            let escaped = email.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            clauses.append("u.email LIKE ?")
            binds.append("%\(escaped)%")
        }
        if let active = filter.isActive {
            clauses.append("m.is_active = ?")
            binds.append(active)
        }
        return (clauses.joined(separator: " AND "), binds)
    }

    /// Up to `limit` members after the membership id `afterID` (exclusive), in id order.
    public static func page(
        orgID: String, filter: Filter, afterID: String?, limit: Int, on connection: MariaDBConnection
    ) async throws -> [Member] {
        guard let org = UUID(uuidString: orgID) else { return [] }
        var (clause, binds) = whereClause(orgID: org, filter: filter)
        if let afterID, let after = UUID(uuidString: afterID) {
            clause += " AND m.id > ?"
            binds.append(after)
        }
        binds.append(limit)
        let rows = try await connection.query(
            """
            SELECT \(UserRecord.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")),
                   m.id AS m_id, m.user_id AS m_user_id, m.role AS m_role, m.is_active AS m_is_active,
                   m.created_at AS m_created_at, \(OrganizationRecord.columns("o"))
            FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id
            WHERE \(clause) ORDER BY m.id LIMIT ?
            """,
            binds)
        return try rows.map { Member(membership: try MembershipRecord(row: $0), user: try UserRecord(row: $0)) }
    }

    /// How many members match the filter (for `totalCount`).
    public static func count(orgID: String, filter: Filter, on connection: MariaDBConnection) async throws -> Int {
        guard let org = UUID(uuidString: orgID) else { return 0 }
        let (clause, binds) = whereClause(orgID: org, filter: filter)
        guard let row = try await connection.query(
            "SELECT COUNT(*) AS members FROM memberships m JOIN users u ON u.id = m.user_id WHERE \(clause)", binds
        ).first else { return 0 }
        return try row.decode("members")
    }
}
