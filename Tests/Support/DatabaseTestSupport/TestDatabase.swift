import Foundation
import Logging
import MariaDB

/// The MariaDB server shared by every integration test (any test target) in this process, and per-test databases on it.
///
/// With `PORTFOLIO_TEST_DATABASE_URL` set, tests use that server (the account needs
/// CREATE/DROP DATABASE). Otherwise one private `MariaDBServer` starts in a temporary
/// directory the first time a test asks, and a watchdog stops and deletes it when the test
/// process exits. Each test works in its own uniquely named database, so tests run in
/// parallel without seeing each other's rows.
public enum TestDatabase {
    /// Starts (once) and returns the server-level configuration (no database selected).
    public static func serverConfiguration() async throws -> MariaDBConfiguration {
        try await SharedServer.instance.configuration()
    }

    /// Creates a fresh database, hands a pool on it to `body`, then closes the pool and
    /// drops the database, whether `body` succeeds or throws.
    public static func withPool<R>(
        options: MariaDBPool.Options = MariaDBPool.Options(maxConnections: 4),
        _ body: (MariaDBPool) async throws -> R
    ) async throws -> R {
        let server = try await serverConfiguration()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(20).lowercased()
        try await admin(server, "CREATE DATABASE `\(name)` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        let pool = MariaDBPool(configuration: server.withDatabase(name), options: options, logger: logger)
        let result: Result<R, any Error>
        do {
            result = .success(try await body(pool))
        } catch {
            result = .failure(error)
        }
        await pool.close()
        try? await admin(server, "DROP DATABASE IF EXISTS `\(name)`")
        return try result.get()
    }

    /// True when `mariadbd` and `mariadb-install-db` are installed, so tests that need a
    /// dedicated server (restart, TLS) can run even when `PORTFOLIO_TEST_DATABASE_URL`
    /// points elsewhere.
    public static let canStartPrivateServer = (try? MariaDBServer.locateExecutables()) != nil

    /// A temporary directory for a dedicated server (short, to keep the socket path short).
    public static func makeTemporaryDirectory(_ purpose: String) -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.count < 40 ? $0 : nil } ?? "/tmp"
        return "\(base)/pmdb-\(purpose)-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    public static let logger: Logger = {
        var logger = Logger(label: "mariadb.tests")
        logger.logLevel = ProcessInfo.processInfo.environment["MARIADB_TEST_LOG"] == "debug" ? .debug : .warning
        return logger
    }()

    private static func admin(_ configuration: MariaDBConfiguration, _ sql: String) async throws {
        let connection = try await MariaDBConnection.connect(configuration: configuration, logger: logger)
        do {
            try await connection.executeScript(sql)
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }
}

/// Starts the shared server exactly once per process, however many tests ask at once.
private actor SharedServer {
    static let instance = SharedServer()

    private var startup: Task<MariaDBConfiguration, any Error>?
    /// Kept alive for the whole process; the watchdog stops it when the process exits.
    private var server: MariaDBServer?

    func configuration() async throws -> MariaDBConfiguration {
        if let startup { return try await startup.value }
        let task = Task { () throws -> MariaDBConfiguration in
            if let url = ProcessInfo.processInfo.environment["PORTFOLIO_TEST_DATABASE_URL"], !url.isEmpty {
                return try MariaDBConfiguration(url: url).withDatabase(nil)
            }
            let directory = TestDatabase.makeTemporaryDirectory("shared")
            let server = MariaDBServer(
                options: .init(directory: directory, durable: false, removeDirectoryWhenProcessExits: true),
                logger: TestDatabase.logger)
            do {
                try await server.start()
            } catch {
                try? FileManager.default.removeItem(atPath: directory)
                throw error
            }
            self.keep(server)
            return server.configuration()
        }
        startup = task
        return try await task.value
    }

    private func keep(_ server: MariaDBServer) {
        self.server = server
    }
}
