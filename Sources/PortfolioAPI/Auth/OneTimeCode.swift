import Foundation
import HummingbirdOTP

/// TOTP codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1, as authenticator apps use),
/// computed by HummingbirdOTP from the user's stored secret.
enum OneTimeCode {
    /// Whether `code` is the code of the current step or of one step before or after, so a
    /// clock a little off on either side still works.
    static func isValid(_ code: String, secret: String, at now: Date) -> Bool {
        guard code.count == 6, code.allSatisfy(\.isASCII), let value = Int(code) else { return false }
        let totp = TOTP(secret: secret)
        return [-30.0, 0, 30].contains { totp.compute(date: now.addingTimeInterval($0)) == value }
    }
}
