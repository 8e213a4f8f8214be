import Foundation
import PortfolioDomain
import PortfolioRepositories

/// What `register`, `login` and `refreshSession` return: a new session's tokens and who it
/// is for. The same tokens are also set as HTTP-only cookies for browser clients.
struct AuthPayload: Sendable {
    let accessToken: String
    let accessTokenExpiresAt: Date
    let refreshToken: String
    let refreshTokenExpiresAt: Date
    let user: UserRecord
    /// The organization the access token is for; nil when the user belongs to none.
    let membership: MembershipRecord?
}
