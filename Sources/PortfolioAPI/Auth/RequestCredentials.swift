/// What the HTTP edge extracted from a request for authentication, unverified. The API
/// verifies it (signature, expiry, revocation, membership) and builds the viewer.
public struct RequestCredentials: Sendable, Hashable {
    /// The access token from `Authorization: Bearer …`, else from the `portfolio_session` cookie.
    public var accessToken: String?
    /// The refresh token from the `portfolio_refresh` cookie (browser clients); API clients
    /// pass theirs as an argument instead.
    public var refreshCookie: String?
    /// The `X-Org-Id` header: which of the user's organizations this request acts in.
    public var requestedOrgID: String?
    /// The client's IP address for per-address rate limits; nil when unknown.
    public var clientAddress: String?

    public init(accessToken: String? = nil, refreshCookie: String? = nil, requestedOrgID: String? = nil, clientAddress: String? = nil) {
        self.accessToken = accessToken
        self.refreshCookie = refreshCookie
        self.requestedOrgID = requestedOrgID
        self.clientAddress = clientAddress
    }

    public static let none = RequestCredentials()

    /// Names of the cookies the API sets and reads.
    public static let sessionCookieName = "portfolio_session"
    public static let refreshCookieName = "portfolio_refresh"
}
