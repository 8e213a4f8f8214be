import Foundation
import Testing

@testable import PortfolioAPI

@Suite struct AccessTokenSignerTests {
    let signer = AccessTokenSigner(key: Array(repeating: 42, count: 32))
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func claims(exp: Int64 = 1_800_000_900) -> AccessTokenClaims {
        AccessTokenClaims(sub: "u1", org: "o1", jti: "j1", sid: "s1", iat: 1_800_000_000, exp: exp)
    }

    @Test func signedTokensVerifyToTheSameClaims() throws {
        let token = signer.sign(claims())
        #expect(token.split(separator: ".").count == 3)
        #expect(try signer.verify(token, now: now) == claims())
        // The header is the standard HS256 JWT header.
        let header = try #require(Base64URL.decode(token.split(separator: ".")[0]))
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"HS256","typ":"JWT"}"#)
    }

    @Test func expiredTokensAreRefused() {
        #expect(throws: AccessTokenSigner.Failure.expired) { try signer.verify(signer.sign(claims(exp: 1_800_000_000)), now: now) }
    }

    @Test func tamperedOrForeignTokensAreRefused() throws {
        let token = signer.sign(claims())
        let parts = token.split(separator: ".").map(String.init)
        var forgedClaims = claims()
        forgedClaims.sub = "admin"
        let forgedPayload = Base64URL.encode(Array(try JSONEncoder().encode(forgedClaims)))
        #expect(throws: AccessTokenSigner.Failure.badSignature) {
            try signer.verify("\(parts[0]).\(forgedPayload).\(parts[2])", now: now)
        }
        let other = AccessTokenSigner(key: Array(repeating: 1, count: 32))
        #expect(throws: AccessTokenSigner.Failure.badSignature) { try other.verify(token, now: now) }
        // `alg: none` with an empty signature never verifies.
        let none = Base64URL.encode(Array(#"{"alg":"none","typ":"JWT"}"#.utf8))
        #expect(throws: AccessTokenSigner.Failure.malformed) { try signer.verify("\(none).\(parts[1]).", now: now) }
        #expect(throws: AccessTokenSigner.Failure.malformed) { try signer.verify("garbage", now: now) }
    }
}
