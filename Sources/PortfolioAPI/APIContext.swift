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

    public init(requestID: String, logger: Logger, services: APIServices) {
        self.requestID = requestID
        self.logger = logger
        self.services = services
    }
}

/// The long-lived dependencies of resolvers, created once at start-up.
public struct APIServices: Sendable {
    /// Whether the database answers now (the pool's health, without taking a business lock).
    public let isDatabaseReachable: @Sendable () async -> Bool
    /// The connection pool; repositories run their SQL on it.
    public let pool: MariaDBPool?

    public init(pool: MariaDBPool?, isDatabaseReachable: @escaping @Sendable () async -> Bool) {
        self.pool = pool
        self.isDatabaseReachable = isDatabaseReachable
    }
}
