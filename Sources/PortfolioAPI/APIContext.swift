import Logging
import MariaDB

/// Everything a resolver may use for one request. Built by the HTTP edge per request and
/// handed to the engine as the execution context; resolvers read it, never globals.
public struct APIContext: Sendable {
    /// The request id of the HTTP request (also in the `X-Request-Id` response header).
    public let requestID: String
    /// Logger whose lines carry the request id.
    public let logger: Logger
    /// Shared services of the server process.
    public let services: APIServices
    /// Who is calling, verified once before execution; access directives read it.
    public let authentication: Authentication
    /// The raw credentials (refresh cookie and client address are needed by sign-in fields).
    public let credentials: RequestCredentials
    /// Where sign-in, refresh and logout record the cookies the response must set.
    public let sessionCookies: SessionCookies
    /// This request's DataLoaders (one batch per nesting level, never shared across requests).
    public let loaders: LoaderRegistry

    public init(
        requestID: String, logger: Logger, services: APIServices,
        authentication: Authentication = .anonymous, credentials: RequestCredentials = .none,
        sessionCookies: SessionCookies = SessionCookies(), loaders: LoaderRegistry = LoaderRegistry()
    ) {
        self.requestID = requestID
        self.logger = logger
        self.services = services
        self.authentication = authentication
        self.credentials = credentials
        self.sessionCookies = sessionCookies
        self.loaders = loaders
    }
}

/// The long-lived dependencies of resolvers, created once at start-up.
public struct APIServices: Sendable {
    /// Whether the database answers now (the pool's health, without taking a business lock).
    public let isDatabaseReachable: @Sendable () async -> Bool
    /// The connection pool; repositories run their SQL on it.
    public let pool: MariaDBPool?
    /// Token key, lifetimes, bcrypt cost and rate limits. Without one, a process-local random
    /// key is used (tokens do not survive a restart): fine for tests and tools only.
    public let auth: AuthSettings

    public init(
        pool: MariaDBPool?, auth: AuthSettings = .ephemeral(),
        isDatabaseReachable: @escaping @Sendable () async -> Bool
    ) {
        self.pool = pool
        self.auth = auth
        self.isDatabaseReachable = isDatabaseReachable
    }
}
