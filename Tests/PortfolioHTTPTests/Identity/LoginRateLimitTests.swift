import Foundation
import GraphQLEngine
import Testing

/// Seed 003's limit: 5 sign-in attempts per minute per account and per client address.
@Suite struct LoginRateLimitTests {
    @Test func theSixthAttemptOnAnAccountWithinAMinuteIsRateLimited() async throws {
        let clock = TestClock()
        try await IdentityHarness.run(now: { clock.now }) { app in
            _ = try await app.register(email: "limit@example.com")
            for attempt in 1...5 {
                let reply = try await app.login(email: "limit@example.com", password: "Wrong-password-\(attempt)", address: "10.0.0.\(attempt)")
                #expect(reply.code == "UNAUTHENTICATED")
            }
            // Even the right password is refused now, from any address.
            let limited = try await app.login(email: "LIMIT@example.com", address: "10.0.0.99")
            #expect(limited.code == "RATE_LIMITED")
            let retry = try #require(limited.errors.first?["extensions"]?["retryAfterSeconds"])
            guard case .int(let seconds) = retry else { Issue.record("retryAfterSeconds is \(retry)"); return }
            #expect((1...60).contains(seconds))
            #expect(limited.data == .null)

            // After the window the account can sign in again.
            clock.advance(by: 61)
            let later = try await app.login(email: "limit@example.com", address: "10.0.0.100")
            #expect(later.errors.isEmpty, "\(later.text)")
        }
    }

    @Test func oneAddressIsLimitedAcrossAccounts() async throws {
        try await IdentityHarness.run { app in
            for index in 1...5 {
                let reply = try await app.login(email: "probe\(index)@example.com", password: "Whatever-1", address: "192.0.2.7")
                #expect(reply.code == "UNAUTHENTICATED")
            }
            let limited = try await app.login(email: "probe6@example.com", password: "Whatever-1", address: "192.0.2.7")
            #expect(limited.code == "RATE_LIMITED")
            // Another address is unaffected.
            let other = try await app.login(email: "probe6@example.com", password: "Whatever-1", address: "192.0.2.8")
            #expect(other.code == "UNAUTHENTICATED")
        }
    }
}
