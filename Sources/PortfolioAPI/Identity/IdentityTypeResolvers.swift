import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// Field resolvers of the identity object types: `User`, `Org`, `Membership`, `Viewer` and
/// `AuthPayload`, each reading the model value its parent resolver returned.
enum IdentityTypeResolvers {
    static let table: [String: FieldResolver] = user.merging(org) { a, _ in a }
        .merging(membership) { a, _ in a }
        .merging(viewer) { a, _ in a }
        .merging(authPayload) { a, _ in a }

    static let user: [String: FieldResolver] = [
        "User.id": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).id },
        "User.email": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).email },
        "User.fullName": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).fullName },
        "User.phone": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).phone },
        "User.isActive": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).isActive },
        "User.twoFactorEnabled": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).totpEnabledAt != nil },
        "User.createdAt": .sync { source, _, _, _ in try cast(source, as: UserRecord.self).createdAt },
    ]

    static let org: [String: FieldResolver] = [
        "Org.id": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).id },
        "Org.name": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).name },
        "Org.slug": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).slug },
        "Org.currency": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).currency },
        "Org.timezone": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).timezone },
        "Org.createdAt": .sync { source, _, _, _ in try cast(source, as: OrganizationRecord.self).createdAt },
    ]

    static let membership: [String: FieldResolver] = [
        "Membership.id": .sync { source, _, _, _ in try cast(source, as: MembershipRecord.self).id },
        "Membership.organization": .sync { source, _, _, _ in try cast(source, as: MembershipRecord.self).organization },
        "Membership.role": .sync { source, _, _, _ in try cast(source, as: MembershipRecord.self).role.rawValue },
        "Membership.isActive": .sync { source, _, _, _ in try cast(source, as: MembershipRecord.self).isActive },
        "Membership.createdAt": .sync { source, _, _, _ in try cast(source, as: MembershipRecord.self).createdAt },
    ]

    /// `Viewer.user` loads the user row (one query); the rest is already in the viewer.
    static let viewer: [String: FieldResolver] = [
        "Viewer.user": .async { source, _, context, _ in
            let viewer = try cast(source, as: Viewer.self)
            let pool = try APIContext.from(context).requirePool()
            guard let user = try await pool.withConnection({ try await UserRepository.find(id: viewer.userID, on: $0) }) else {
                throw APIErrors.unauthenticated("The account no longer exists.")
            }
            return user
        },
        "Viewer.memberships": .sync { source, _, _, _ in try cast(source, as: Viewer.self).memberships },
        "Viewer.organization": .sync { source, _, _, _ in try cast(source, as: Viewer.self).membership?.organization },
        "Viewer.role": .sync { source, _, _, _ in try cast(source, as: Viewer.self).role?.rawValue },
        "Viewer.permissions": .sync { source, _, _, _ in
            guard let role = try cast(source, as: Viewer.self).role else { return [String]() }
            return Permission.allCases.filter { PermissionMatrix.isAllowed(role, $0) }.map(\.graphQLName)
        },
    ]

    static let authPayload: [String: FieldResolver] = [
        "AuthPayload.accessToken": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).accessToken },
        "AuthPayload.accessTokenExpiresAt": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).accessTokenExpiresAt },
        "AuthPayload.refreshToken": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).refreshToken },
        "AuthPayload.refreshTokenExpiresAt": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).refreshTokenExpiresAt },
        "AuthPayload.user": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).user },
        "AuthPayload.organization": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).membership?.organization },
        "AuthPayload.role": .sync { source, _, _, _ in try cast(source, as: AuthPayload.self).membership?.role.rawValue },
    ]
}
