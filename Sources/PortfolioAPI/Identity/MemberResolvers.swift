import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.members` (behind `@requires(permission: USERS_READ)`): the request's organization's
/// people as a cursor connection, paged in either direction. One query for the page; the
/// count runs only when `totalCount` is selected.
enum MemberResolvers {
    static let table: [String: FieldResolver] = Connection.resolvers("Member").merging([
        "Query.members": .async { _, arguments, context, _ in try await members(arguments, try APIContext.from(context)) },
        "Member.user": .sync { source, _, _, _ in try cast(source, as: MemberRepository.Member.self).user },
        "Member.membership": .sync { source, _, _, _ in try cast(source, as: MemberRepository.Member.self).membership },
    ]) { first, _ in first }

    static func members(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.usersRead)
        let paging = try PagingArguments.read(arguments, keyCount: 1)
        let filterInput = InputObject(arguments, "filter")
        var filter = MemberRepository.Filter(emailContains: filterInput.string("emailContains"))
        if case .bool(let active)? = filterInput.fields["isActive"] { filter.isActive = active }
        let list = MemberRepository.list(orgID: scope.orgID, filter: filter)
        return try await api.connection(list, page: paging)
    }
}
