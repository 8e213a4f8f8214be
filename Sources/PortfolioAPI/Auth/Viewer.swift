import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The signed-in user of a request, as verified from their access token: who they are,
/// every organization they belong to, and the one this request acts in.
public struct Viewer: Sendable {
    public let userID: String
    /// The verified token (its `jti` and `sid` are what logout revokes).
    public let claims: AccessTokenClaims
    /// Active memberships in live organizations, oldest first.
    public let memberships: [MembershipRecord]
    /// The membership of the organization this request acts in; nil when the user belongs
    /// to no organization, or to several and neither the token nor `X-Org-Id` picked one.
    public let membership: MembershipRecord?

    public var role: Role? { membership?.role }
    public var orgID: String? { membership?.organization.id }
}

/// The outcome of checking a request's credentials, computed once per request.
public enum Authentication: Sendable {
    /// No credentials were presented.
    case anonymous
    case signedIn(Viewer)
    /// Credentials were presented but are not acceptable (expired, revoked, forged, or an
    /// `X-Org-Id` the user has no membership in). Fields that need a viewer fail with this
    /// error; public fields (sign-in, refresh) still work.
    case rejected(GraphQLError)

    public var viewer: Viewer? {
        if case .signedIn(let viewer) = self { return viewer }
        return nil
    }
}
