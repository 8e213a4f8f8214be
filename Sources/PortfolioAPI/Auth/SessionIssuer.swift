import Foundation
import MariaDB
import PortfolioRepositories

/// Issues the tokens of a session: a new refresh token (stored hashed) in the session's
/// family — a new family at sign-in, the same family on rotation — and an access token
/// naming the user, the organization, a fresh `jti` and the family (`sid`).
enum SessionIssuer {
    static func issue(
        user: UserRecord, membership: MembershipRecord?, familyID: String? = nil,
        context: APIContext, on connection: MariaDBConnection
    ) async throws -> AuthPayload {
        let settings = context.services.auth
        let now = settings.now()
        let family = familyID ?? UUID().uuidString.lowercased()
        let refresh = RefreshTokenValue.generate()
        let refreshExpiry = now.addingTimeInterval(settings.refreshTokenLifetime)
        try await SessionRepository.insertRefreshToken(
            familyID: family, userID: user.id, orgID: membership?.organization.id,
            tokenHash: RefreshTokenValue.hash(refresh.text), expiresAt: refreshExpiry, now: now, on: connection)
        let issuedAt = Int64(now.timeIntervalSince1970.rounded(.down))
        let claims = AccessTokenClaims(
            sub: user.id, org: membership?.organization.id, jti: UUID().uuidString.lowercased(), sid: family,
            iat: issuedAt, exp: issuedAt + Int64(settings.accessTokenLifetime))
        let access = AccessTokenSigner(key: settings.signingKey).sign(claims)
        context.sessionCookies.record(.set(
            accessToken: access, accessMaxAge: Int(settings.accessTokenLifetime),
            refreshToken: refresh.text, refreshMaxAge: Int(settings.refreshTokenLifetime)))
        return AuthPayload(
            accessToken: access, accessTokenExpiresAt: claims.expiresAt, refreshToken: refresh.text,
            refreshTokenExpiresAt: refreshExpiry, user: user, membership: membership)
    }
}
