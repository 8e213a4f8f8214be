import Crypto
import Foundation

/// An opaque refresh token: 32 random bytes, base64url (43 characters). Only its SHA-256
/// is stored, so a database leak does not leak usable sessions.
struct RefreshTokenValue: Sendable {
    let text: String

    static func generate() -> RefreshTokenValue {
        RefreshTokenValue(text: Base64URL.encode(Base64URL.randomBytes(32)))
    }

    /// The stored form of any presented token text.
    static func hash(_ text: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(text.utf8)))
    }
}
