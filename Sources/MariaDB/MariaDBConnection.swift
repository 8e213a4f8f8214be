import Logging
import NIOPosix

/// A session with the server, used by one task at a time (deliberately not `Sendable`).
///
/// Get one from `MariaDBPool.withConnection` (or `MariaDBPool.transaction`), or open a
/// standalone one with `connect(configuration:threadPool:logger:)`. Every method that
/// talks to the server runs the blocking Connector/C call on the pool's `NIOThreadPool`
/// and suspends the calling task until it finishes, so neither NIO event loops nor the
/// Swift cooperative threads ever block on the network. Cancelling the calling task aborts
/// the running statement on the server (`KILL QUERY`) and throws `CancellationError`.
public final class MariaDBConnection {
    let handle: ConnectionHandle
    let threadPool: NIOThreadPool
    /// Where SQL text and timings are logged (debug level).
    public var logger: Logger
    /// Set when the pool takes the connection back; later use throws.
    var isReleased = false
    /// Where statements are counted (the lending pool's counter); nil for standalone connections.
    var statementCounter: StatementCounter?

    init(handle: ConnectionHandle, threadPool: NIOThreadPool, logger: Logger) {
        self.handle = handle
        self.threadPool = threadPool
        self.logger = logger
    }

    /// Opens a standalone connection (outside any pool), e.g. for a one-off migration.
    /// Close it with `close()`.
    ///
    /// - Parameter threadPool: where blocking calls run; must be started, and must not be
    ///   shut down while the connection is in use.
    public static func connect(
        configuration: MariaDBConfiguration,
        threadPool: NIOThreadPool = .singleton,
        logger: Logger = Logger(label: "mariadb")
    ) async throws -> MariaDBConnection {
        let handle = try await threadPool.runIfActive {
            try ConnectionHandle.connect(configuration)
        }
        return MariaDBConnection(handle: handle, threadPool: threadPool, logger: logger)
    }

    /// Runs a statement that returns rows (SELECT, SHOW, `... RETURNING`) as a prepared
    /// statement and returns all rows; statements without a result set return `[]`.
    ///
    /// - Parameter binds: one value per `?` placeholder, in order.
    public func query(_ sql: String, _ binds: [any MariaDBBindable] = []) async throws -> [MariaDBRow] {
        try await run(sql, binds).rows ?? []
    }

    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE, DDL) as a prepared
    /// statement. For UPDATE, `affectedRows` counts matched rows (`CLIENT_FOUND_ROWS`).
    @discardableResult
    public func execute(_ sql: String, _ binds: [any MariaDBBindable] = []) async throws -> MariaDBExecuteResult {
        try await run(sql, binds).result
    }

    /// Runs one or more `;`-separated statements through the text protocol, without
    /// parameters, discarding any rows: for migration scripts and statements the prepared
    /// protocol does not support. Never pass user input here.
    @discardableResult
    public func executeScript(_ sql: String) async throws -> MariaDBExecuteResult {
        try checkNotReleased()
        let start = ContinuousClock.now
        statementCounter?.increment()
        do {
            let result = try await interruptibly { handle in
                try handle.executeText(sql, multipleStatements: true)
            }
            logger.debug("SQL script", metadata: metadata(sql, bindCount: 0, since: start))
            return result
        } catch {
            logger.debug("SQL script failed", metadata: metadata(sql, bindCount: 0, since: start, error: error))
            throw error
        }
    }

    /// A round trip to the server; false when the connection is unusable.
    public func ping() async -> Bool {
        guard !isReleased else { return false }
        let handle = self.handle
        return (try? await threadPool.runIfActive { handle.ping() }) ?? false
    }

    /// True while a transaction is open on this session (as the server reports it).
    public var isInTransaction: Bool { handle.isInTransaction }

    /// The server's id for this session (`CONNECTION_ID()`), for logs.
    public var connectionID: UInt { handle.connectionID }

    /// Closes a standalone connection. On a pooled connection this discards it: the pool
    /// opens a fresh one when needed.
    public func close() async {
        let handle = self.handle
        try? await threadPool.runIfActive { handle.close() }
    }

    /// Runs a text-protocol statement (transaction control, session settings).
    func executeControl(_ sql: String) async throws {
        try checkNotReleased()
        let handle = self.handle
        let start = ContinuousClock.now
        _ = try await threadPool.runIfActive { try handle.executeText(sql) }
        logger.debug("SQL", metadata: metadata(sql, bindCount: 0, since: start))
    }

    private func run(_ sql: String, _ binds: [any MariaDBBindable]) async throws -> (rows: [MariaDBRow]?, result: MariaDBExecuteResult) {
        try checkNotReleased()
        let values = binds.map(\.mariaDBValue)
        let start = ContinuousClock.now
        statementCounter?.increment()
        do {
            let outcome = try await interruptibly { handle in
                try handle.execute(sql, values)
            }
            logger.debug("SQL", metadata: metadata(sql, bindCount: values.count, since: start, rows: outcome.rows?.count))
            return outcome
        } catch {
            logger.debug("SQL failed", metadata: metadata(sql, bindCount: values.count, since: start, error: error))
            throw error
        }
    }

    /// Runs a blocking statement on a client thread. If the calling task is cancelled
    /// while the statement runs, the server is asked to abort it (`KILL QUERY`) and the
    /// call throws `CancellationError`; a task cancelled beforehand starts nothing.
    ///
    /// Transaction control (`executeControl`) deliberately does not go through here: a
    /// cancelled task must still be able to roll back.
    private func interruptibly<T: Sendable>(_ work: @escaping @Sendable (ConnectionHandle) throws -> T) async throws -> T {
        try Task.checkCancellation()
        let handle = self.handle
        let generation = handle.reserveExecution()
        do {
            return try await withTaskCancellationHandler {
                try await threadPool.runIfActive {
                    handle.beginExecution(generation)
                    defer { handle.endExecution() }
                    return try work(handle)
                }
            } onCancel: {
                handle.interrupt(generation)
            }
        } catch let error as MariaDBError where error.code == MariaDBError.Code.queryInterrupted && Task.isCancelled {
            throw CancellationError()
        }
    }

    private func checkNotReleased() throws(MariaDBPoolError) {
        if isReleased { throw .connectionReleased }
    }

    private func metadata(
        _ sql: String, bindCount: Int, since start: ContinuousClock.Instant, rows: Int? = nil, error: (any Error)? = nil
    ) -> Logger.Metadata {
        let elapsed = ContinuousClock.now - start
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        var metadata: Logger.Metadata = [
            "sql": "\(sql)",
            "binds": "\(bindCount)",
            "duration_ms": "\(Double(micros) / 1000)",
            "connection_id": "\(handle.connectionID)",
        ]
        if let rows { metadata["rows"] = "\(rows)" }
        if let error { metadata["error"] = "\(error)" }
        return metadata
    }
}
