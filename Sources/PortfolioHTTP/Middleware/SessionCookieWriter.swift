import Foundation
import Hummingbird
import PortfolioAPI

/// Turns the API's `SessionCookieChange` into `Set-Cookie` headers: `portfolio_session` (the
/// access token) and `portfolio_refresh` (the refresh token), both `HttpOnly`,
/// `SameSite=Lax`, `Path=/`, and `Secure` unless configured off. JavaScript cannot read them;
/// cross-site requests do not carry them except top-level GET navigations, and GET never
/// runs mutations.
public struct SessionCookieWriter: Sendable {
    public let secure: Bool

    public init(secure: Bool = true) {
        self.secure = secure
    }

    public func apply(_ change: SessionCookieChange?, to response: inout Response) {
        switch change {
        case nil:
            return
        case .set(let access, let accessMaxAge, let refresh, let refreshMaxAge):
            response.setCookie(cookie(RequestCredentials.sessionCookieName, access, maxAge: accessMaxAge))
            response.setCookie(cookie(RequestCredentials.refreshCookieName, refresh, maxAge: refreshMaxAge))
        case .clear:
            response.setCookie(cookie(RequestCredentials.sessionCookieName, "", maxAge: 0))
            response.setCookie(cookie(RequestCredentials.refreshCookieName, "", maxAge: 0))
        }
    }

    func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
