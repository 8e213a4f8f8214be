import Crypto
import Foundation

/// Two-factor recovery codes: ten per user, `xxxxx-xxxxx` from a 32-letter alphabet without
/// look-alikes (50 random bits each), shown once at confirmation and stored as SHA-256 of
/// the normalized code (lower case, no hyphen), each usable once in place of a TOTP code.
enum RecoveryCodes {
    static let count = 10
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    static func generate() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let characters = (0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            return String(characters[0..<5]) + "-" + String(characters[5..<10])
        }
    }

    static func normalized(_ code: String) -> String {
        code.lowercased().filter { $0 != "-" && $0 != " " }
    }

    static func hash(_ code: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(normalized(code).utf8)))
    }
}
