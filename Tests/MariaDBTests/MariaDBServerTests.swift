import Foundation
import MariaDB
import Testing

@Suite("MariaDBServer")
struct MariaDBServerTests {
    @Test("a pool survives the server stopping and starting again", .timeLimit(.minutes(5)))
    func poolSurvivesRestart() async throws {
        guard ProcessInfo.processInfo.environment["PORTFOLIO_TEST_DATABASE_URL"] == nil
            || (try? MariaDBServer.locateExecutables()) != nil
        else { return }
        let directory = TestDatabase.makeTemporaryDirectory("restart")
        let server = MariaDBServer(
            options: .init(directory: directory, durable: false, removeDirectoryWhenProcessExits: true),
            logger: TestDatabase.logger)
        try await server.start(createDatabase: "restart_db")
        let pool = MariaDBPool(
            configuration: server.configuration(database: "restart_db"),
            options: .init(maxConnections: 2, healthCheckAfterIdle: .milliseconds(100)),
            logger: TestDatabase.logger)
        do {
            try await pool.execute("CREATE TABLE survivors (id INT PRIMARY KEY)")
            try await pool.execute("INSERT INTO survivors VALUES (?)", [1])
            #expect(await server.isRunning)

            await server.stop()
            #expect(await !server.isRunning)
            #expect(await !pool.isHealthy())

            try await server.start()
            try await Task.sleep(for: .milliseconds(150))
            let rows = try await pool.query("SELECT id FROM survivors")
            #expect(try rows.map { try $0.decode("id", as: Int32.self) } == [1])
        } catch {
            await pool.close()
            await server.stop()
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        await pool.close()
        await server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test("the URL of an embedded server parses back to its socket")
    func urlRoundTrip() throws {
        let server = MariaDBServer(directory: "/tmp/some dir")
        let configuration = try MariaDBConfiguration(url: server.url(database: "app"))
        #expect(configuration.endpoint == .unixSocket(path: "/tmp/some dir/mysqld.sock"))
        #expect(configuration.user == "root")
        #expect(configuration.database == "app")
    }

    @Test("a missing server program names the Debian package to install")
    func missingExecutableMessage() {
        let error = MariaDBServerError.executableNotFound(name: "mariadbd", searched: ["/usr/sbin", "/usr/bin"])
        #expect(error.description.contains("mariadb-server"))
        #expect(error.description.contains("mariadbd"))
    }

    @Test("a server that cannot start reports its error log")
    func startupFailureIncludesLog() async throws {
        let directory = TestDatabase.makeTemporaryDirectory("badopt")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A buffer pool size mariadbd rejects makes it exit during start-up.
        let server = MariaDBServer(
            options: .init(directory: directory, bufferPoolSize: "not-a-size", startupTimeout: .seconds(60)),
            logger: TestDatabase.logger)
        let error = await #expect(throws: MariaDBServerError.self) { try await server.start() }
        switch error {
        case .startupFailed(_, let log)?, .initializationFailed(_, let log)?:
            #expect(!log.isEmpty)
        default:
            Issue.record("unexpected error \(String(describing: error))")
        }
    }
}
