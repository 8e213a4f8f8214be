import Crypto
import Foundation

/// Signs and verifies access tokens as compact JWS with HS256 (RFC 7515, RFC 7518 §3.2):
/// `base64url(header).base64url(claims).base64url(HMAC-SHA256(key, first two parts))`.
///
/// Only HS256 is accepted on the way in (the header must say so), so an `alg: none` or an
/// asymmetric-algorithm confusion cannot get through; the MAC is compared in constant time.
public struct AccessTokenSigner: Sendable {
    let key: SymmetricKey

    /// Why a presented token was not accepted; the API answers all of them UNAUTHENTICATED.
    public enum Failure: Error, Sendable, Equatable {
        case malformed
        case badSignature
        case expired
    }

    /// - Parameter key: at least 32 bytes of secret; shorter keys are refused by `AuthSettings`.
    public init(key: [UInt8]) {
        self.key = SymmetricKey(data: key)
    }

    static let header = Base64URL.encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))

    public func sign(_ claims: AccessTokenClaims) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding a struct of strings and integers cannot fail.
        let payload = Base64URL.encode(Array((try? encoder.encode(claims)) ?? Data()))
        let signingInput = Self.header + "." + payload
        let mac = HMAC<SHA256>.authenticationCode(for: Array(signingInput.utf8), using: key)
        return signingInput + "." + Base64URL.encode(Array(mac))
    }

    /// The claims of a token this key signed and that has not expired at `now`.
    public func verify(_ token: String, now: Date) throws(Failure) -> AccessTokenClaims {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, token.utf8.count <= 4096 else { throw .malformed }
        guard let headerData = Base64URL.decode(parts[0]),
            let header = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any],
            header["alg"] as? String == "HS256"
        else { throw .malformed }
        guard let signature = Base64URL.decode(parts[2]) else { throw .malformed }
        let signingInput = Array("\(parts[0]).\(parts[1])".utf8)
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signingInput, using: key) else {
            throw .badSignature
        }
        guard let payload = Base64URL.decode(parts[1]),
            let claims = try? JSONDecoder().decode(AccessTokenClaims.self, from: payload)
        else { throw .malformed }
        guard Double(claims.exp) > now.timeIntervalSince1970 else { throw .expired }
        return claims
    }
}
