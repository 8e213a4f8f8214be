import Foundation

/// What a signed access token says (JWT claim names, RFC 7519 §4.1): who (`sub`), for which
/// organization (`org`, nil when the user had none at sign-in), which token (`jti`, what
/// logout revokes), which session (`sid`, the refresh-token family, so logout with only an
/// access token still ends the session), and when it was issued and expires (seconds since
/// 1970).
public struct AccessTokenClaims: Codable, Sendable, Hashable {
    public var sub: String
    public var org: String?
    public var jti: String
    public var sid: String
    public var iat: Int64
    public var exp: Int64

    public init(sub: String, org: String?, jti: String, sid: String, iat: Int64, exp: Int64) {
        self.sub = sub
        self.org = org
        self.jti = jti
        self.sid = sid
        self.iat = iat
        self.exp = exp
    }

    public var expiresAt: Date { Date(timeIntervalSince1970: TimeInterval(exp)) }
}
