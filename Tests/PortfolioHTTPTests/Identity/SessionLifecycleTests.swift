import Foundation
import GraphQLEngine
import HTTPTypes
import PortfolioAPI
import Synchronization
import Testing

/// The sign-in life cycle over HTTP against MariaDB: register, login, me, refresh rotation,
/// reuse detection, logout, expiry, cookies.
@Suite struct SessionLifecycleTests {
    static let meQuery = "{ me { user { id email fullName } organization { id } role memberships { role } } }"

    @Test func registerLoginMeRefreshAndLogout() async throws {
        try await IdentityHarness.run { app in
            let registered = try await app.register(email: "ada@example.com", fullName: "Ada Lovelace")
            #expect(registered.orgID == nil)

            let login = try await app.login(email: "ADA@example.com")
            let session = try Session(login, field: "login")
            #expect(session.userID == registered.userID)
            #expect(session.refreshToken != registered.refreshToken)
            // Refresh tokens are stored only as hashes.
            #expect(try await app.count("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?", [Array(session.refreshToken.utf8)]) == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM refresh_tokens") == 2)

            let me = try await app.graphQL(Self.meQuery, token: session.accessToken)
            #expect(me.status == .ok)
            #expect(me.data?["me"]?["user"]?["email"]?.stringValue == "ada@example.com")
            #expect(me.data?["me"]?["role"] == .null)

            // Rotation: the new pair works, the old refresh token is spent.
            let rotated = try Session(try await app.refresh(session.refreshToken), field: "refreshSession")
            #expect(rotated.refreshToken != session.refreshToken)
            #expect(rotated.accessToken != session.accessToken)
            #expect(try await app.graphQL(Self.meQuery, token: rotated.accessToken).status == .ok)

            // Logout revokes the access token (until it expires) and the refresh family.
            let logout = try await app.graphQL("mutation { logout }", token: rotated.accessToken)
            #expect(logout.data?["logout"] == .bool(true))
            let afterLogout = try await app.graphQL(Self.meQuery, token: rotated.accessToken)
            #expect(afterLogout.code == "UNAUTHENTICATED")
            #expect(afterLogout.reason == "TOKEN_REVOKED")
            let refreshAfterLogout = try await app.refresh(rotated.refreshToken)
            #expect(refreshAfterLogout.code == "UNAUTHENTICATED")
            // The registration's session is a different family: still alive.
            #expect(try await app.graphQL(Self.meQuery, token: registered.accessToken).status == .ok)
        }
    }

    @Test func reusingARotatedRefreshTokenRevokesTheWholeFamily() async throws {
        try await IdentityHarness.run { app in
            let first = try await app.register(email: "reuse@example.com")
            let second = try Session(try await app.refresh(first.refreshToken), field: "refreshSession")
            // The spent token comes back (a thief replaying it): rejected, family revoked.
            let replay = try await app.refresh(first.refreshToken)
            #expect(replay.code == "UNAUTHENTICATED")
            #expect(replay.reason == "REFRESH_TOKEN_REUSED")
            #expect(replay.setCookies.contains { $0.hasPrefix("portfolio_refresh=;") && $0.contains("Max-Age=0") })
            // ... so the legitimate holder's newer token no longer works either.
            let legit = try await app.refresh(second.refreshToken)
            #expect(legit.code == "UNAUTHENTICATED")
            #expect(try await app.count("SELECT COUNT(*) FROM refresh_tokens WHERE revoked_at IS NULL") == 0)
        }
    }

    @Test func expiredForgedAndUnknownTokensAreUnauthenticated() async throws {
        try await IdentityHarness.run { app in
            let session = try await app.register(email: "exp@example.com")
            let signer = AccessTokenSigner(key: IdentityHarness.signingKey)
            let past = Int64(Date().timeIntervalSince1970) - 3600
            let expired = signer.sign(AccessTokenClaims(
                sub: session.userID, org: nil, jti: UUID().uuidString.lowercased(), sid: UUID().uuidString.lowercased(),
                iat: past - 900, exp: past))
            let reply = try await app.graphQL(Self.meQuery, token: expired)
            #expect(reply.code == "UNAUTHENTICATED")
            #expect(reply.reason == "TOKEN_EXPIRED")

            let forged = AccessTokenSigner(key: Array(repeating: 7, count: 32)).sign(AccessTokenClaims(
                sub: session.userID, org: nil, jti: UUID().uuidString, sid: UUID().uuidString, iat: past, exp: past + 100_000))
            #expect(try await app.graphQL(Self.meQuery, token: forged).reason == "TOKEN_INVALID")
            #expect(try await app.graphQL(Self.meQuery, token: "not.a.token").reason == "TOKEN_INVALID")
            #expect(try await app.graphQL(Self.meQuery).code == "UNAUTHENTICATED")
            // Public fields still work with a bad token (a client can sign in again).
            #expect(try await app.graphQL("{ apiVersion }", token: expired).status == .ok)
            #expect(try await app.refresh("unknown-token").reason == "REFRESH_TOKEN_INVALID")
        }
    }

    @Test func refreshTokensExpire() async throws {
        let clock = TestClock()
        try await IdentityHarness.run(now: { clock.now }) { app in
            let session = try await app.register(email: "old@example.com")
            clock.advance(by: 31 * 24 * 3600)
            let reply = try await app.refresh(session.refreshToken)
            #expect(reply.reason == "REFRESH_TOKEN_EXPIRED")
        }
    }

    @Test func loginSetsHTTPOnlyCookiesThatAuthenticateAndRefresh() async throws {
        try await IdentityHarness.run { app in
            _ = try await app.register(email: "cookie@example.com")
            let login = try await app.login(email: "cookie@example.com")
            let cookies = login.setCookies
            let session = try #require(cookies.first { $0.hasPrefix("portfolio_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            #expect(session.contains("Max-Age=900"))
            let access = try #require(session.split(separator: ";").first).dropFirst("portfolio_session=".count)
            let refreshCookie = try #require(cookies.first { $0.hasPrefix("portfolio_refresh=") })
            let refresh = try #require(refreshCookie.split(separator: ";").first).dropFirst("portfolio_refresh=".count)

            let me = try await app.graphQL(Self.meQuery, cookie: "portfolio_session=\(access)")
            #expect(me.data?["me"]?["user"]?["email"]?.stringValue == "cookie@example.com")
            // refreshSession without an argument reads the refresh cookie.
            let rotated = try await app.graphQL(
                "mutation { refreshSession { accessToken } }", cookie: "portfolio_refresh=\(refresh)")
            #expect(rotated.data?["refreshSession"]?["accessToken"]?.stringValue != nil)
            // Logout through cookies clears them.
            let logout = try await app.graphQL("mutation { logout }", cookie: "portfolio_session=\(access)")
            #expect(logout.setCookies.contains { $0.hasPrefix("portfolio_session=;") })
            #expect(try await app.graphQL(Self.meQuery, cookie: "portfolio_session=\(access)").reason == "TOKEN_REVOKED")
        }
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameError() async throws {
        try await IdentityHarness.run { app in
            _ = try await app.register(email: "same@example.com")
            let wrong = try await app.login(email: "same@example.com", password: "Wrong-password-1")
            let unknown = try await app.login(email: "nobody@example.com", password: "Wrong-password-1")
            #expect(wrong.code == "UNAUTHENTICATED")
            #expect(wrong.errors.first?["message"] == unknown.errors.first?["message"])
            #expect(wrong.errors.first?["extensions"] == unknown.errors.first?["extensions"])
        }
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let current = Mutex<Date>(Date())
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
