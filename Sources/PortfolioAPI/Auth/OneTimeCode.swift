import Foundation
import HummingbirdOTP

/// TOTP codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1, as authenticator apps use),
/// computed by HummingbirdOTP from the user's stored secret.
enum OneTimeCode {
    /// The length of one time step (RFC 6238 `X`).
    static let stepSeconds: Double = 30

    /// Whether `code` is the code of the current step or of one step before or after, so a
    /// clock a little off on either side still works.
    static func isValid(_ code: String, secret: String, at now: Date) -> Bool {
        matchingStep(code, secret: secret, at: now) != nil
    }

    /// The time step (`floor(unix time / 30)`) whose code `code` is — the current step or one
    /// step either side — or nil when it is none of them. Callers store the step they accept
    /// and refuse a code whose step is not later (replay protection, RFC 6238 §5.2).
    static func matchingStep(_ code: String, secret: String, at now: Date) -> Int64? {
        guard code.count == 6, code.allSatisfy(\.isASCII), let value = Int(code) else { return nil }
        let totp = TOTP(secret: secret)
        let current = Int64((now.timeIntervalSince1970 / stepSeconds).rounded(.down))
        for offset in [-1, 0, 1] as [Int64] {
            let step = current + offset
            if totp.compute(date: Date(timeIntervalSince1970: Double(step) * stepSeconds)) == value { return step }
        }
        return nil
    }
}
