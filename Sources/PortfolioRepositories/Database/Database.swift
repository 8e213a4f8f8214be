import Logging
import MariaDB

/// An open database for the server's lifetime: the connection pool, and the embedded
/// `mariadbd` when no URL was configured (stopped by `shutdown()`).
public final class Database: Sendable {
    public let pool: MariaDBPool
    /// The private server started for this process; nil when a URL was configured.
    public let embeddedServer: MariaDBServer?
    let logger: Logger

    init(pool: MariaDBPool, embeddedServer: MariaDBServer?, logger: Logger) {
        self.pool = pool
        self.embeddedServer = embeddedServer
        self.logger = logger
    }

    /// Connects to the configured MariaDB, or starts the embedded one (initialising its data
    /// folder on first run), and creates the pool. Migrations are not applied here: see
    /// `migrate()`.
    public static func open(_ options: DatabaseOptions, logger: Logger) async throws -> Database {
        if let url = options.url {
            let configuration = try MariaDBConfiguration(url: url)
            logger.info("using MariaDB at \(MariaDBConfiguration.redacted(url))")
            let pool = MariaDBPool(
                configuration: configuration, options: .init(maxConnections: options.maxConnections), logger: logger)
            return Database(pool: pool, embeddedServer: nil, logger: logger)
        }
        logger.info("starting embedded MariaDB in \(options.dataDirectory)/mariadb")
        let server = MariaDBServer(
            options: .init(directory: options.dataDirectory + "/mariadb", bufferPoolSize: "128M", logFileSize: "48M"),
            logger: logger)
        try await server.start(createDatabase: DatabaseOptions.embeddedDatabaseName)
        let configuration = server.configuration(database: DatabaseOptions.embeddedDatabaseName)
        let pool = MariaDBPool(
            configuration: configuration, options: .init(maxConnections: options.maxConnections), logger: logger)
        logger.info("embedded MariaDB ready", metadata: ["socket": "\(server.socketPath)"])
        return Database(pool: pool, embeddedServer: server, logger: logger)
    }

    /// Applies pending migrations from `directory`; returns the versions applied.
    @discardableResult
    public func migrate(from directory: String) async throws -> [Int] {
        let runner = MigrationRunner(pool: pool, migrations: try MigrationSource.load(from: directory), logger: logger)
        return try await runner.up()
    }

    /// Whether the database answers a trivial query now (for `/readyz`).
    public func isReachable() async -> Bool {
        await pool.isHealthy()
    }

    /// Closes the pool's connections, then stops the embedded server if there is one.
    public func shutdown() async {
        await pool.close()
        if let embeddedServer {
            logger.info("stopping embedded MariaDB")
            await embeddedServer.stop()
        }
    }
}
