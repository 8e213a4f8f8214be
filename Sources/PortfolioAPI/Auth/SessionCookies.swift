import Synchronization

/// What the HTTP edge should do with the session cookies after a request: resolvers that
/// sign in, rotate or sign out record it here, and the edge turns it into `Set-Cookie`.
public enum SessionCookieChange: Sendable, Hashable {
    /// Set `portfolio_session` (the access token) and `portfolio_refresh` (the refresh token),
    /// each with its lifetime in seconds.
    case set(accessToken: String, accessMaxAge: Int, refreshToken: String, refreshMaxAge: Int)
    /// Expire both cookies.
    case clear
}

/// The per-request slot for a `SessionCookieChange`; the last change of a request wins.
/// A `Mutex` guards it because mutation fields could in principle run on different tasks.
public final class SessionCookies: Sendable {
    private let change = Mutex<SessionCookieChange?>(nil)

    public init() {}

    func record(_ newChange: SessionCookieChange) {
        change.withLock { $0 = newChange }
    }

    /// nil when no resolver touched the session.
    public var recorded: SessionCookieChange? { change.withLock { $0 } }
}
