import DatabaseTestSupport
import Foundation
import MariaDB
import Testing

@Suite("MariaDBServer")
struct MariaDBServerTests {
    @Test(
        "a pool survives the server stopping and starting again",
        .enabled(if: TestDatabase.canStartPrivateServer), .timeLimit(.minutes(5)))
    func poolSurvivesRestart() async throws {
        let directory = TestDatabase.makeTemporaryDirectory("restart")
        let server = MariaDBServer(
            options: .init(directory: directory, durable: false, removeDirectoryWhenProcessExits: true),
            logger: TestDatabase.logger)
        try await server.start(createDatabase: "restart_db")
        let pool = MariaDBPool(
            configuration: server.configuration(database: "restart_db"),
            options: .init(maxConnections: 2),
            logger: TestDatabase.logger)
        do {
            try await pool.execute("CREATE TABLE survivors (id INT PRIMARY KEY)")
            try await pool.execute("INSERT INTO survivors VALUES (?)", [1])
            #expect(await server.isRunning)

            #expect(await pool.statistics.idle >= 1)

            // The idle connection dies with the server; the pool must notice on checkout
            // (it has been idle longer than the 1 s health-check threshold by then).
            await server.stop()
            #expect(await !server.isRunning)
            try await server.start()
            try await Task.sleep(for: .seconds(1))
            let rows = try await pool.query("SELECT id FROM survivors")
            #expect(try rows.map { try $0.decode("id", as: Int32.self) } == [1])
            #expect(await pool.isHealthy())
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

    @Test("a server that cannot start reports its error log", .enabled(if: TestDatabase.canStartPrivateServer))
    func startupFailureIncludesLog() async throws {
        let directory = TestDatabase.makeTemporaryDirectory("badopt")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The datadir initialises fine; mariadbd itself then rejects the unknown option.
        let server = MariaDBServer(
            options: .init(directory: directory, durable: false, extraArguments: ["--no-such-option-for-test=1"]),
            logger: TestDatabase.logger)
        let error = await #expect(throws: MariaDBServerError.self) { try await server.start() }
        guard case .startupFailed(let reason, let log)? = error else {
            Issue.record("expected startupFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("exited"))
        #expect(log.contains("no-such-option-for-test"))
        #expect(await !server.isRunning)
    }

    @Test(
        "a second server on the same directory waits for the first to exit",
        .enabled(if: TestDatabase.canStartPrivateServer), .timeLimit(.minutes(3)))
    func secondServerWaitsForFirst() async throws {
        let directory = TestDatabase.makeTemporaryDirectory("handover")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = MariaDBServer(options: .init(directory: directory, durable: false), logger: TestDatabase.logger)
        try await first.start()
        let second = MariaDBServer(options: .init(directory: directory, durable: false), logger: TestDatabase.logger)
        async let secondStart: Void = second.start()
        try await Task.sleep(for: .seconds(1))
        #expect(await first.isRunning)
        await first.stop()
        try await secondStart
        #expect(await second.isRunning)
        let connection = try await MariaDBConnection.connect(configuration: second.configuration())
        #expect(await connection.ping())
        await connection.close()
        await second.stop()
    }
}
