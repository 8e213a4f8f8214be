import Foundation
import Logging
import NIOPosix
import Synchronization

/// A private `mariadbd` owned by this process: for the embedded default of the API server
/// and for tests, so neither needs a system-wide database.
///
/// Layout under `Options.directory`: `data/` (the datadir, initialised by
/// `mariadb-install-db` on first start), `mysqld.sock`, `mysqld.pid`, `mysqld.err`
/// (the error log) and `tmp/`. The server listens only on the unix socket unless a
/// loopback `port` is given. root@localhost has no password and is reachable only through
/// the socket file, which lives in a directory this user owns.
public actor MariaDBServer {
    /// Where and how to run the server.
    public struct Options: Sendable, Hashable {
        /// The directory holding the datadir, socket, pid file and logs.
        public var directory: String
        /// A TCP port on 127.0.0.1 to listen on as well; nil disables networking.
        public var port: Int?
        /// InnoDB buffer pool size (`--innodb-buffer-pool-size`), small by default.
        public var bufferPoolSize: String
        /// InnoDB redo log size (`--innodb-log-file-size`).
        public var logFileSize: String
        /// When false, InnoDB flushes its log about once a second instead of at every
        /// commit and skips the doublewrite buffer: much faster, but a machine crash
        /// may lose the last second. Right for tests, wrong for real data.
        public var durable: Bool
        /// How long to wait for the server to accept connections.
        public var startupTimeout: Duration
        /// Start a watchdog that stops `mariadbd` if this process dies without calling
        /// `stop()` (crash, kill, or a test runner that just exits).
        public var stopWhenProcessExits: Bool
        /// With the watchdog: also delete `directory` after stopping (temporary servers).
        public var removeDirectoryWhenProcessExits: Bool
        /// More `mariadbd` options, appended last (e.g. `--ssl-cert=...` to serve TLS).
        public var extraArguments: [String]

        /// Creates options with small, test-friendly sizes.
        public init(
            directory: String,
            port: Int? = nil,
            bufferPoolSize: String = "32M",
            logFileSize: String = "16M",
            durable: Bool = true,
            startupTimeout: Duration = .seconds(60),
            stopWhenProcessExits: Bool = true,
            removeDirectoryWhenProcessExits: Bool = false,
            extraArguments: [String] = []
        ) {
            self.directory = directory
            self.port = port
            self.bufferPoolSize = bufferPoolSize
            self.logFileSize = logFileSize
            self.durable = durable
            self.startupTimeout = startupTimeout
            self.stopWhenProcessExits = stopWhenProcessExits
            self.removeDirectoryWhenProcessExits = removeDirectoryWhenProcessExits
            self.extraArguments = extraArguments
        }
    }

    /// Where and how the server runs.
    public nonisolated let options: Options
    private let logger: Logger
    private var process: Process?
    private var exitStatus: ExitStatus?
    private var watchdog: Process?

    /// Creates a server description; nothing runs until `start()`.
    public init(options: Options, logger: Logger = Logger(label: "mariadb.server")) {
        var options = options
        options.directory = URL(fileURLWithPath: options.directory).standardizedFileURL.path
        self.options = options
        self.logger = logger
    }

    /// Creates a server in `directory`, listening on its unix socket only.
    public init(directory: String, logger: Logger = Logger(label: "mariadb.server")) {
        self.init(options: Options(directory: directory), logger: logger)
    }

    /// The datadir (`<directory>/data`).
    public nonisolated var dataDirectory: String { options.directory + "/data" }
    /// The unix socket clients connect to.
    public nonisolated var socketPath: String { options.directory + "/mysqld.sock" }
    /// The server's error log.
    public nonisolated var errorLogPath: String { options.directory + "/mysqld.err" }
    private nonisolated var pidFilePath: String { options.directory + "/mysqld.pid" }

    /// Client settings for root over the unix socket, with `database` selected (nil: none).
    public nonisolated func configuration(database: String? = nil) -> MariaDBConfiguration {
        MariaDBConfiguration(endpoint: .unixSocket(path: socketPath), user: "root", database: database)
    }

    /// A `mariadb://` URL for `configuration(database:)`.
    public nonisolated func url(database: String? = nil) -> String {
        let path = socketPath.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? socketPath
        return "mariadb://root@localhost/\(database ?? "")?socket=\(path)"
    }

    /// True while the `mariadbd` started by this object runs.
    public var isRunning: Bool { process != nil && exitStatus?.value == nil }

    /// Initialises the datadir if it is new, starts `mariadbd` and waits until it accepts
    /// connections; then creates `database` if given. Does nothing if already running.
    public func start(createDatabase database: String? = nil) async throws {
        if isRunning {
            if let database { try await createDatabase(database) }
            return
        }
        guard socketPath.utf8.count <= 107 else { throw MariaDBServerError.socketPathTooLong(socketPath) }
        let executables = try Self.locateExecutables()
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: options.directory + "/tmp", withIntermediateDirectories: true)
        try await checkNoServerRunning()

        if !fileManager.fileExists(atPath: dataDirectory + "/mysql") {
            try await initializeDataDirectory(installDB: executables.installDB)
        }

        var arguments = [
            "--no-defaults",
            "--datadir=\(dataDirectory)",
            "--socket=\(socketPath)",
            "--pid-file=\(pidFilePath)",
            "--log-error=\(errorLogPath)",
            "--tmpdir=\(options.directory)/tmp",
            "--innodb-buffer-pool-size=\(options.bufferPoolSize)",
            "--innodb-log-file-size=\(options.logFileSize)",
            "--innodb-log-buffer-size=8M",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--skip-name-resolve",
            "--skip-log-bin",
            "--performance-schema=OFF",
            "--max-connections=500",
        ]
        if let port = options.port {
            arguments += ["--port=\(port)", "--bind-address=127.0.0.1"]
        } else {
            arguments.append("--skip-networking")
        }
        if !options.durable {
            arguments += ["--innodb-flush-log-at-trx-commit=2", "--innodb-doublewrite=0", "--sync-binlog=0"]
        }
        if getuid() == 0 { arguments.append("--user=root") }
        arguments += options.extraArguments

        let status = ExitStatus()
        let server = try Self.launch(executables.mariadbd, arguments, status: status, output: nil)
        process = server
        exitStatus = status
        logger.info("started mariadbd", metadata: ["pid": "\(server.processIdentifier)", "directory": "\(options.directory)"])
        if options.stopWhenProcessExits {
            watchdog = try? startWatchdog(serverPID: server.processIdentifier)
        }
        do {
            try await waitUntilAcceptingConnections(status: status)
        } catch {
            server.terminate()
            _ = await Self.waitForExit(status, timeout: .seconds(30))
            process = nil
            exitStatus = nil
            watchdog?.terminate()
            watchdog = nil
            throw error
        }
        if let database { try await createDatabase(database) }
    }

    /// Creates `name` (utf8mb4) unless it exists.
    public func createDatabase(_ name: String) async throws {
        try await runAsRoot("CREATE DATABASE IF NOT EXISTS `\(try Self.validatedDatabaseName(name))` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    }

    /// Drops `name` if it exists (test clean-up).
    public func dropDatabase(_ name: String) async throws {
        try await runAsRoot("DROP DATABASE IF EXISTS `\(try Self.validatedDatabaseName(name))`")
    }

    /// Stops the server with SIGTERM (a clean InnoDB shutdown) and waits for it to exit;
    /// after `timeout` it is killed. Does nothing if not running.
    public func stop(timeout: Duration = .seconds(60)) async {
        guard let server = process, let status = exitStatus else { return }
        if status.value == nil {
            server.terminate()
            if await Self.waitForExit(status, timeout: timeout) == nil {
                logger.warning("mariadbd did not stop in time; killing it")
                kill(server.processIdentifier, SIGKILL)
                _ = await Self.waitForExit(status, timeout: .seconds(10))
            }
        }
        logger.info("stopped mariadbd", metadata: ["pid": "\(server.processIdentifier)"])
        process = nil
        exitStatus = nil
        if let watchdog {
            watchdog.terminate()
            self.watchdog = nil
        }
    }

    // MARK: Executables

    /// Finds `mariadbd` and `mariadb-install-db` on PATH, then in /usr/sbin, /usr/bin,
    /// /usr/local/sbin and /usr/local/bin (older names `mysqld` and `mysql_install_db` too).
    public static func locateExecutables() throws(MariaDBServerError) -> (mariadbd: String, installDB: String) {
        let extra = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]
        let path = ProcessInfo.processInfo.environment["PATH"].map { $0.split(separator: ":").map(String.init) } ?? []
        let directories = path + extra
        func find(_ names: [String]) -> String? {
            for name in names {
                for directory in directories {
                    let candidate = directory + "/" + name
                    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                }
            }
            return nil
        }
        guard let mariadbd = find(["mariadbd", "mysqld"]) else {
            throw .executableNotFound(name: "mariadbd", searched: extra)
        }
        guard let installDB = find(["mariadb-install-db", "mysql_install_db"]) else {
            throw .executableNotFound(name: "mariadb-install-db", searched: extra)
        }
        return (mariadbd, installDB)
    }

    // MARK: Steps

    private func initializeDataDirectory(installDB: String) async throws {
        logger.info("initialising MariaDB data directory", metadata: ["datadir": "\(dataDirectory)"])
        var arguments = [
            "--no-defaults",
            "--datadir=\(dataDirectory)",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            "--skip-name-resolve",
            // A private tmpdir: concurrent bootstraps sharing /tmp trip over each other's
            // temporary tables.
            "--tmpdir=\(options.directory)/tmp",
            "--innodb-buffer-pool-size=\(options.bufferPoolSize)",
            "--innodb-log-file-size=\(options.logFileSize)",
        ]
        if getuid() == 0 { arguments.append("--user=root") }
        let logPath = options.directory + "/install-db.log"
        let status = ExitStatus()
        _ = try Self.launch(installDB, arguments, status: status, output: logPath)
        let code = await Self.waitForExit(status, timeout: .seconds(300)) ?? -1
        guard code == 0 else {
            let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            // Leave no half-initialised datadir behind: the next start would skip init.
            try? FileManager.default.removeItem(atPath: dataDirectory)
            throw MariaDBServerError.initializationFailed(status: code, output: Self.tail(output, lines: 40))
        }
    }

    private func waitUntilAcceptingConnections(status: ExitStatus) async throws {
        let deadline = ContinuousClock.now + options.startupTimeout
        var configuration = configuration()
        configuration.connectTimeout = .seconds(2)
        var lastError = "timed out after \(options.startupTimeout)"
        while ContinuousClock.now < deadline {
            if let code = status.value {
                throw MariaDBServerError.startupFailed(reason: "mariadbd exited with status \(code)", errorLog: errorLogTail())
            }
            if FileManager.default.fileExists(atPath: socketPath) {
                do {
                    let handle = try await NIOThreadPool.singleton.runIfActive { [configuration] in
                        try ConnectionHandle.connect(configuration)
                    }
                    try? await NIOThreadPool.singleton.runIfActive { handle.close() }
                    return
                } catch {
                    lastError = "\(error)"
                }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw MariaDBServerError.startupFailed(
            reason: "no connection within \(options.startupTimeout) (last error: \(lastError))", errorLog: errorLogTail())
    }

    private func runAsRoot(_ sql: String) async throws {
        let configuration = configuration()
        try await NIOThreadPool.singleton.runIfActive {
            let handle = try ConnectionHandle.connect(configuration)
            defer { handle.close() }
            _ = try handle.executeText(sql)
        }
    }

    /// Refuses to start a second server on the same datadir; clears a stale pid file.
    ///
    /// A server left by a process that just died is usually being stopped by its watchdog
    /// at this moment, so an existing one gets up to 20 seconds to exit first.
    private func checkNoServerRunning() async throws {
        guard let text = try? String(contentsOfFile: pidFilePath, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        func isServer() -> Bool {
            let commandLine = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return kill(pid, 0) == 0 && (commandLine.contains("mysqld") || commandLine.contains("mariadbd"))
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while isServer() {
            guard ContinuousClock.now < deadline else {
                throw MariaDBServerError.alreadyRunning(pid: pid, dataDirectory: dataDirectory)
            }
            logger.info("waiting for a previous mariadbd to exit", metadata: ["pid": "\(pid)"])
            try await Task.sleep(for: .milliseconds(500))
        }
        try? FileManager.default.removeItem(atPath: pidFilePath)
    }

    /// A shell loop that outlives us only long enough to stop the server if we die.
    private func startWatchdog(serverPID: Int32) throws -> Process {
        var script = "while kill -0 \"$0\" 2>/dev/null; do sleep 1; done; kill -TERM \"$1\" 2>/dev/null; "
        script += "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done"
        if options.removeDirectoryWhenProcessExits {
            script += "; rm -rf -- \"$2\""
        }
        let arguments = ["-c", script, String(getpid()), String(serverPID), options.directory]
        return try Self.launch("/bin/sh", arguments, status: ExitStatus(), output: nil)
    }

    private nonisolated func errorLogTail() -> String {
        Self.tail((try? String(contentsOfFile: errorLogPath, encoding: .utf8)) ?? "(no error log at \(errorLogPath))", lines: 30)
    }

    // MARK: Helpers

    /// The exit status of a child, set from Process's termination handler thread.
    private final class ExitStatus: Sendable {
        private let status = Mutex<Int32?>(nil)
        var value: Int32? { status.withLock { $0 } }
        func set(_ value: Int32) { status.withLock { $0 = value } }
    }

    private static func launch(_ executable: String, _ arguments: [String], status: ExitStatus, output: String?) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardOutput = handle
            process.standardError = handle
        } else {
            // Never inherit our stdout/stderr: a test runner reading them would wait for
            // the server to exit.
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        process.terminationHandler = { finished in status.set(finished.terminationStatus) }
        try process.run()
        return process
    }

    /// Polls until the child exits; nil on timeout.
    private static func waitForExit(_ status: ExitStatus, timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let value = status.value { return value }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return status.value
    }

    private static func validatedDatabaseName(_ name: String) throws(MariaDBServerError) -> String {
        guard !name.isEmpty, name.utf8.count <= 64,
              name.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) })
        else { throw .invalidDatabaseName(name) }
        return name
    }

    private static func tail(_ text: String, lines: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}
