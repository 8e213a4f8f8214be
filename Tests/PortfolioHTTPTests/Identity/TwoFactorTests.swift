import Foundation
import GraphQLEngine
import HummingbirdOTP
import Testing

/// Two-factor life cycle over HTTP: enable, confirm, sign in with a code and with a recovery
/// code, regenerate codes, disable. Codes are computed in the test from the returned secret.
@Suite struct TwoFactorTests {
    /// RFC 4648 base32 (no padding) to bytes.
    static func base32Decode(_ text: String) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var buffer = 0, bits = 0
        var bytes: [UInt8] = []
        for character in text.uppercased() where character != "=" {
            guard let index = alphabet.firstIndex(of: character) else { continue }
            buffer = (buffer << 5) | index
            bits += 5
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8((buffer >> bits) & 0xFF))
            }
        }
        return bytes
    }

    static func code(_ base32Secret: String, at date: Date = Date()) -> String {
        let secret = String(decoding: base32Decode(base32Secret), as: UTF8.self)
        let value = TOTP(secret: secret).compute(date: date)
        let digits = String(value)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    @Test func enableConfirmSignInWithCodesAndDisable() async throws {
        let clock = TestClock()
        try await IdentityHarness.run(now: { clock.now }) { app in
            let session = try await app.register(email: "twofa@example.com")
            let setup = try await app.graphQL("mutation { enableTwoFactor { secret otpauthUri qrCodeSvg } }", token: session.accessToken)
            let secret = try #require(setup.data?["enableTwoFactor"]?["secret"]?.stringValue)
            let uri = try #require(setup.data?["enableTwoFactor"]?["otpauthUri"]?.stringValue)
            #expect(uri.hasPrefix("otpauth://totp/"))
            #expect(uri.contains("secret=\(secret)"))
            let svg = try #require(setup.data?["enableTwoFactor"]?["qrCodeSvg"]?.stringValue)
            #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
            #expect(svg.contains("viewBox=\"0 0 ") && svg.contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z"))
            // Not confirmed yet: sign-in does not ask for a code.
            #expect(try await app.login(email: "twofa@example.com").errors.isEmpty)

            let wrong = try await app.graphQL(#"mutation { confirmTwoFactor(code: "12345") }"#, token: session.accessToken)
            #expect(wrong.badFields == ["code"])
            let confirmed = try await app.graphQL(
                "mutation($c: String!) { confirmTwoFactor(code: $c) }", variables: ["c": .string(Self.code(secret, at: clock.now))],
                token: session.accessToken)
            let recovery = (confirmed.data?["confirmTwoFactor"]?.listValue ?? []).compactMap { $0.stringValue }
            try #require(recovery.count == 10, "\(confirmed.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM recovery_codes WHERE code_hash = ?", [Array(recovery[0].utf8)]) == 0)

            #expect(try await app.login(email: "twofa@example.com").reason == "OTP_REQUIRED")
            // The confirming code is spent: sign-in takes the next step's code.
            clock.advance(by: 30)
            #expect(try await app.login(email: "twofa@example.com", otpCode: Self.code(secret, at: clock.now)).errors.isEmpty)
            // A recovery code works once, in any letter case.
            #expect(try await app.login(email: "twofa@example.com", otpCode: recovery[0].uppercased()).errors.isEmpty)
            #expect(try await app.login(email: "twofa@example.com", otpCode: recovery[0]).reason == "OTP_INVALID")

            let regenerated = try await app.graphQL(
                #"mutation { regenerateRecoveryCodes(password: "Correct-horse-1") }"#, token: session.accessToken)
            let fresh = (regenerated.data?["regenerateRecoveryCodes"]?.listValue ?? []).compactMap { $0.stringValue }
            #expect(fresh.count == 10)
            clock.advance(by: 61)  // past the sign-in rate limit window
            #expect(try await app.login(email: "twofa@example.com", otpCode: recovery[1]).reason == "OTP_INVALID")
            #expect(try await app.login(email: "twofa@example.com", otpCode: fresh[0]).errors.isEmpty)
            // TOTP replay: a code accepted once is refused for the rest of its window, and so is
            // the previous step's code (still inside the ±1 step tolerance).
            let current = Self.code(secret, at: clock.now)
            #expect(try await app.login(email: "twofa@example.com", otpCode: current).errors.isEmpty)
            #expect(try await app.login(email: "twofa@example.com", otpCode: current).reason == "OTP_INVALID")
            let previous = Self.code(secret, at: clock.now.addingTimeInterval(-30))
            if previous != current {
                #expect(try await app.login(email: "twofa@example.com", otpCode: previous).reason == "OTP_INVALID")
            }

            let badDisable = try await app.graphQL(#"mutation { disableTwoFactor(password: "nope") }"#, token: session.accessToken)
            #expect(badDisable.badFields == ["password"])
            let disabled = try await app.graphQL(#"mutation { disableTwoFactor(password: "Correct-horse-1") }"#, token: session.accessToken)
            #expect(disabled.data?["disableTwoFactor"] == .bool(true))
            #expect(try await app.count("SELECT COUNT(*) FROM recovery_codes") == 0)
            #expect(try await app.graphQL("{ me { user { twoFactorEnabled } } }", token: session.accessToken)
                .data?["me"]?["user"]?["twoFactorEnabled"] == .bool(false))
        }
    }
}
