import Foundation
import GraphQLEngine
import Logging
import MariaDB
import PortfolioRepositories

/// Turns a request's raw credentials into its `Authentication`, once per request, before
/// execution: the token's signature and expiry (no I/O), then in the database whether the
/// user is still active and the token id not revoked by logout, and the user's memberships.
///
/// The organization of the request is, in order: the `X-Org-Id` header (it must name one of
/// the user's active memberships, else the request is rejected `NOT_FOUND`, exactly as if
/// the organization did not exist), the token's organization while that membership is
/// still active, or the user's only membership. Ids in arguments never change it.
enum Authenticator {
    static func authenticate(_ credentials: RequestCredentials, services: APIServices, requestID: String, logger: Logger) async -> Authentication {
        guard let token = credentials.accessToken, !token.isEmpty else { return .anonymous }
        let claims: AccessTokenClaims
        do {
            claims = try AccessTokenSigner(key: services.auth.signingKey).verify(token, now: services.auth.now())
        } catch .expired {
            return .rejected(APIErrors.error(.unauthenticated, "The access token has expired.", ["reason": .string("TOKEN_EXPIRED")]))
        } catch {
            return .rejected(APIErrors.error(.unauthenticated, "The access token is not valid.", ["reason": .string("TOKEN_INVALID")]))
        }
        guard let pool = services.pool else {
            return .rejected(APIErrors.unauthenticated("Sessions are unavailable: the server has no database."))
        }
        do {
            return try await pool.withConnection { connection in
                guard let state = try await SessionRepository.accessState(userID: claims.sub, tokenID: claims.jti, on: connection),
                    state.userActive
                else {
                    return .rejected(APIErrors.error(.unauthenticated, "The account is not active.", ["reason": .string("ACCOUNT_INACTIVE")]))
                }
                if state.tokenRevoked {
                    return .rejected(APIErrors.error(.unauthenticated, "The access token was revoked.", ["reason": .string("TOKEN_REVOKED")]))
                }
                let memberships = try await OrganizationRepository.activeMemberships(userID: claims.sub, on: connection)
                let current: MembershipRecord?
                if let requested = credentials.requestedOrgID?.trimmingCharacters(in: .whitespaces), !requested.isEmpty {
                    guard let match = memberships.first(where: { sameID($0.organization.id, requested) }) else {
                        return .rejected(APIErrors.notFound("No organization with id \(requested)."))
                    }
                    current = match
                } else if let tokenOrg = claims.org, let match = memberships.first(where: { sameID($0.organization.id, tokenOrg) }) {
                    current = match
                } else {
                    current = memberships.count == 1 ? memberships[0] : nil
                }
                return .signedIn(Viewer(userID: claims.sub, claims: claims, memberships: memberships, membership: current))
            }
        } catch {
            logger.error("authentication failed", metadata: ["error": "\(error)"])
            return .rejected(APIErrors.error(.internalServerError, "Internal server error (request id \(requestID)).", ["requestId": .string(requestID)]))
        }
    }

    /// UUIDs compare case-insensitively (the database returns lower case).
    static func sameID(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }
}
