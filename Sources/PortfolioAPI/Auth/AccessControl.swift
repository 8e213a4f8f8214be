import GraphQLEngine
import PortfolioDomain

/// The one place the permission matrix is enforced. `PortfolioAPI` reads the access
/// directives of `schema.graphql` at start-up and wraps the resolver of every field that has
/// one, so the check runs before the resolver and no resolver repeats it.
enum AccessControl {
    /// The viewer a field with `requirement` may run for, or the error to answer:
    /// `UNAUTHENTICATED` without valid credentials (or the rejection of invalid ones,
    /// e.g. `NOT_FOUND` for an `X-Org-Id` outside the user's memberships), `FORBIDDEN` when
    /// no organization is selected or the role lacks the permission.
    static func check(_ requirement: AccessRequirement, _ authentication: Authentication) throws(GraphQLError) -> Viewer {
        let viewer: Viewer
        switch authentication {
        case .anonymous: throw APIErrors.unauthenticated()
        case .rejected(let error): throw error
        case .signedIn(let signedIn): viewer = signedIn
        }
        guard case .permission(let permission) = requirement else { return viewer }
        guard let role = viewer.role else {
            throw APIErrors.forbidden(
                viewer.memberships.isEmpty
                    ? "You are not a member of any organization."
                    : "Choose an organization with the X-Org-Id header.")
        }
        guard PermissionMatrix.isAllowed(role, permission) else {
            throw APIErrors.error(.forbidden, "Your role \(role.rawValue) does not allow \(permission.rawValue).",
                                  ["permission": .string(permission.graphQLName)])
        }
        return viewer
    }

    /// `resolvers` with every field named in `requirements` guarded by `check`.
    static func wrap(_ resolvers: [String: FieldResolver], requirements: [String: AccessRequirement]) -> [String: FieldResolver] {
        var wrapped = resolvers
        for (coordinate, requirement) in requirements {
            guard let resolver = resolvers[coordinate] else { continue }
            switch resolver {
            case .sync(let resolve):
                wrapped[coordinate] = .sync { source, arguments, context, info in
                    _ = try check(requirement, try APIContext.from(context).authentication)
                    return try resolve(source, arguments, context, info)
                }
            case .async(let resolve):
                wrapped[coordinate] = .async { source, arguments, context, info in
                    _ = try check(requirement, try APIContext.from(context).authentication)
                    return try await resolve(source, arguments, context, info)
                }
            }
        }
        return wrapped
    }
}
