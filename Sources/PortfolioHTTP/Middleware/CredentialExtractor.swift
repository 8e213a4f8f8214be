import HTTPTypes
import Hummingbird
import PortfolioAPI

/// Reads what a request presents for authentication, without judging it: the access token
/// (`Authorization: Bearer` first, else the `portfolio_session` cookie), the refresh cookie,
/// `X-Org-Id`, and the client address for per-address rate limits. Verification is the
/// API's job (`GraphQLEndpoint`), so the REST shim and `/graphql` authenticate identically.
public struct CredentialExtractor: Sendable {
    public static let orgHeader = HTTPField.Name("X-Org-Id")!
    public static let forwardedForHeader = HTTPField.Name("X-Forwarded-For")!

    /// See `HTTPServerSettings.trustForwardedFor`.
    public let trustForwardedFor: Bool

    public init(trustForwardedFor: Bool = false) {
        self.trustForwardedFor = trustForwardedFor
    }

    public func extract(from request: Request, context: PortfolioRequestContext) -> RequestCredentials {
        var credentials = RequestCredentials()
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                credentials.accessToken = parts[1].trimmingCharacters()
            }
        }
        let cookies = request.cookies
        if credentials.accessToken == nil {
            credentials.accessToken = cookies[RequestCredentials.sessionCookieName]?.value
        }
        credentials.refreshCookie = cookies[RequestCredentials.refreshCookieName]?.value
        credentials.requestedOrgID = request.headers[Self.orgHeader]
        credentials.clientAddress = clientAddress(request, context)
        return credentials
    }

    /// The connection's peer address, or — only when configured behind a proxy — the last
    /// `X-Forwarded-For` entry (earlier entries are whatever the client claimed).
    func clientAddress(_ request: Request, _ context: PortfolioRequestContext) -> String? {
        if trustForwardedFor, let forwarded = request.headers[values: Self.forwardedForHeader].last {
            let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters() } ?? ""
            if !last.isEmpty, last.count <= 64 { return last }
        }
        return context.remoteAddress
    }
}
