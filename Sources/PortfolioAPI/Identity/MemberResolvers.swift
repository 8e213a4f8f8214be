import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.members` (behind `@requires(permission: USERS_READ)`): the request's organization's
/// people as a forward-paged cursor connection. One query for the page, one for the count.
enum MemberResolvers {
    struct Page: Sendable {
        let members: [MemberRepository.Member]
        let hasNextPage: Bool
        let totalCount: Int
    }

    static let table: [String: FieldResolver] = [
        "Query.members": .async { _, arguments, context, _ in try await members(arguments, try APIContext.from(context)) },
        "MemberConnection.edges": .sync { source, _, _, _ in try cast(source, as: Page.self).members },
        "MemberConnection.totalCount": .sync { source, _, _, _ in try cast(source, as: Page.self).totalCount },
        "MemberConnection.pageInfo": .sync { source, _, _, _ in try cast(source, as: Page.self) },
        "PageInfo.hasNextPage": .sync { source, _, _, _ in try cast(source, as: Page.self).hasNextPage },
        "PageInfo.hasPreviousPage": .constant(false),
        "PageInfo.startCursor": .sync { source, _, _, _ in try cast(source, as: Page.self).members.first.map(cursor) },
        "PageInfo.endCursor": .sync { source, _, _, _ in try cast(source, as: Page.self).members.last.map(cursor) },
        "MemberEdge.cursor": .sync { source, _, _, _ in cursor(try cast(source, as: MemberRepository.Member.self)) },
        "MemberEdge.node": .sync { source, _, _, _ in try cast(source, as: MemberRepository.Member.self) },
        "Member.user": .sync { source, _, _, _ in try cast(source, as: MemberRepository.Member.self).user },
        "Member.membership": .sync { source, _, _, _ in try cast(source, as: MemberRepository.Member.self).membership },
    ]

    /// Opaque cursor: base64url of `m:<membership id>`.
    static func cursor(_ member: MemberRepository.Member) -> String {
        Base64URL.encode(Array("m:\(member.membership.id)".utf8))
    }

    static func decodeCursor(_ text: String) -> String? {
        guard let data = Base64URL.decode(text) else { return nil }
        let value = String(decoding: data, as: UTF8.self)
        guard value.hasPrefix("m:"), UUID(uuidString: String(value.dropFirst(2))) != nil else { return nil }
        return String(value.dropFirst(2))
    }

    static func members(_ arguments: ObjectValue, _ api: APIContext) async throws -> Page {
        let viewer = try api.requireViewer()
        guard let orgID = viewer.orgID else { throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.") }
        var errors: [FieldError] = []
        var first = 20
        if case .int(let value)? = arguments["first"] { first = value }
        if !(1...100).contains(first) {
            errors.append(FieldError(field: "first", code: ErrorCode.outOfRange, message: "first must be between 1 and 100"))
        }
        var afterID: String?
        if case .string(let text)? = arguments["after"] {
            afterID = decodeCursor(text)
            if afterID == nil { errors.append(FieldError(field: "after", code: ErrorCode.invalidFormat, message: "Not a cursor of this list")) }
        }
        try IdentityValidation.finish(errors)
        let filterInput = InputObject(arguments, "filter")
        var filter = MemberRepository.Filter(emailContains: filterInput.string("emailContains"))
        if case .bool(let active)? = filterInput.fields["isActive"] { filter.isActive = active }
        return try await api.requirePool().withConnection { connection in
            let rows = try await MemberRepository.page(orgID: orgID, filter: filter, afterID: afterID, limit: first + 1, on: connection)
            let total = try await MemberRepository.count(orgID: orgID, filter: filter, on: connection)
            return Page(members: Array(rows.prefix(first)), hasNextPage: rows.count > first, totalCount: total)
        }
    }
}
