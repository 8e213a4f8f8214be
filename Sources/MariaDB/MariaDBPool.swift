import Logging
import NIOPosix

/// A bounded set of connections to one server, shared by the whole process.
///
/// Connections open lazily up to `Options.maxConnections`; callers beyond that wait in
/// FIFO order up to `Options.checkoutTimeout`. A connection idle for longer than
/// `Options.healthCheckAfterIdle` is pinged before it is handed out, and broken connections
/// are discarded, so after the server restarts the next request reconnects transparently.
///
/// The pool owns a `NIOThreadPool` with one thread per connection; every blocking
/// Connector/C call runs there (see docs/mariadb-client.md, "Threading model").
public actor MariaDBPool {
    /// Sizing and health-check settings.
    public struct Options: Sendable, Hashable {
        /// The most connections open at once (also the number of client threads).
        public var maxConnections: Int
        /// How long a caller waits for a free connection before `MariaDBPoolError.checkoutTimeout`.
        public var checkoutTimeout: Duration
        /// Idle connections older than this are pinged before reuse; the server may have
        /// restarted or closed them (`wait_timeout`) in the meantime.
        public var healthCheckAfterIdle: Duration

        /// Creates options.
        public init(maxConnections: Int = 10, checkoutTimeout: Duration = .seconds(10), healthCheckAfterIdle: Duration = .seconds(1)) {
            precondition(maxConnections > 0, "maxConnections must be positive")
            self.maxConnections = maxConnections
            self.checkoutTimeout = checkoutTimeout
            self.healthCheckAfterIdle = healthCheckAfterIdle
        }
    }

    /// A snapshot of the pool's state, for metrics and readiness endpoints.
    public struct Statistics: Sendable, Hashable {
        /// Connections open or being opened.
        public var open: Int
        /// Open connections waiting in the pool.
        public var idle: Int
        /// Callers waiting for a connection.
        public var waiting: Int
        /// SQL statements run through the pool's connections since it was created
        /// (see `StatementCounter`).
        public var statements: Int = 0
    }

    private struct IdleConnection {
        let handle: ConnectionHandle
        let since: ContinuousClock.Instant
    }

    private struct Waiter {
        let id: UInt64
        /// Resumed with a connection handed over directly, or nil when a slot freed up.
        let continuation: CheckedContinuation<ConnectionHandle?, any Error>
        let timer: Task<Void, Never>
    }

    /// Where connections go.
    public nonisolated let configuration: MariaDBConfiguration
    /// Sizing and health-check settings.
    public nonisolated let options: Options
    nonisolated let threadPool: NIOThreadPool
    nonisolated let logger: Logger
    /// Counts the statements every lent connection runs (for tests and benchmarks).
    public nonisolated let statementCounter = StatementCounter()

    private var idle: [IdleConnection] = []
    private var openCount = 0
    private var waiters: [Waiter] = []
    private var nextWaiterID: UInt64 = 0
    private var isClosed = false
    private var drainContinuations: [CheckedContinuation<Void, Never>] = []

    /// Creates a pool; no connection is opened until the first checkout.
    public init(configuration: MariaDBConfiguration, options: Options = Options(), logger: Logger = Logger(label: "mariadb.pool")) {
        self.configuration = configuration
        self.options = options
        self.logger = logger
        let threadPool = NIOThreadPool(numberOfThreads: options.maxConnections)
        threadPool.start()
        self.threadPool = threadPool
    }

    deinit {
        // A pool dropped without `close()` still stops its threads; idle handles close
        // themselves when released.
        threadPool.shutdownGracefully { _ in }
    }

    /// Creates a pool from a URL (see `MariaDBConfiguration.init(url:)`).
    public init(url: String, options: Options = Options(), logger: Logger = Logger(label: "mariadb.pool")) throws {
        self.init(configuration: try MariaDBConfiguration(url: url), options: options, logger: logger)
    }

    // MARK: Borrowing

    /// Lends a connection to `body` and takes it back afterwards, even when `body` throws.
    ///
    /// A transaction `body` left open is rolled back before the connection is reused; a
    /// connection that broke is discarded. Do not keep the connection after `body` returns.
    @discardableResult
    nonisolated(nonsending) public func withConnection<R>(
        _ body: (MariaDBConnection) async throws -> R
    ) async throws -> R {
        let handle = try await checkout()
        let connection = MariaDBConnection(handle: handle, threadPool: threadPool, logger: logger)
        connection.statementCounter = statementCounter
        let result: Result<R, any Error>
        do {
            result = .success(try await body(connection))
        } catch {
            result = .failure(error)
        }
        if !handle.isBroken, handle.isInTransaction {
            await connection.rollbackQuietly()
        }
        connection.isReleased = true
        await checkin(handle)
        return try result.get()
    }

    /// Runs a row-returning statement on a pooled connection; see `MariaDBConnection.query`.
    nonisolated(nonsending) public func query(
        _ sql: String, _ binds: [any MariaDBBindable] = []
    ) async throws -> [MariaDBRow] {
        try await withConnection { connection in try await connection.query(sql, binds) }
    }

    /// Runs a statement without rows on a pooled connection; see `MariaDBConnection.execute`.
    @discardableResult
    nonisolated(nonsending) public func execute(
        _ sql: String, _ binds: [any MariaDBBindable] = []
    ) async throws -> MariaDBExecuteResult {
        try await withConnection { connection in try await connection.execute(sql, binds) }
    }

    /// Runs `body` in a transaction on one pooled connection: COMMIT when it returns,
    /// ROLLBACK when it throws. See `retryingDeadlocks` to retry on deadlocks.
    @discardableResult
    nonisolated(nonsending) public func transaction<R>(
        isolation level: MariaDBIsolationLevel = .repeatableRead,
        readOnly: Bool = false,
        _ body: (MariaDBConnection) async throws -> R
    ) async throws -> R {
        try await withConnection { connection in
            try await connection.transaction(isolation: level, readOnly: readOnly, body)
        }
    }

    /// Runs `body` as a transaction, and runs the *whole* transaction again (on a fresh
    /// checkout) when it fails with a deadlock (1213) or lock wait timeout (1205), waiting
    /// an exponentially growing, jittered delay between attempts.
    ///
    /// `body` may run several times, so it must not have side effects outside the database.
    @discardableResult
    nonisolated(nonsending) public func retryingDeadlocks<R>(
        maxAttempts: Int = 5,
        isolation level: MariaDBIsolationLevel = .repeatableRead,
        _ body: (MariaDBConnection) async throws -> R
    ) async throws -> R {
        try await MariaDB.retryingDeadlocks(maxAttempts: maxAttempts, logger: logger) {
            try await transaction(isolation: level, body)
        }
    }

    /// True when a connection can be checked out and answers `SELECT 1`; for readiness
    /// probes.
    nonisolated(nonsending) public func isHealthy() async -> Bool {
        do {
            let rows = try await query("SELECT 1")
            return rows.count == 1
        } catch {
            logger.warning("MariaDB health check failed", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// The current counts.
    public var statistics: Statistics {
        Statistics(open: openCount, idle: idle.count, waiting: waiters.count, statements: statementCounter.count)
    }

    /// Closes the pool: waiting callers fail with `.closed`, borrowed connections are
    /// closed as they come back, and this returns when every connection is closed and the
    /// client threads have stopped. Later checkouts fail with `.closed`.
    public func close() async {
        guard !isClosed else { return }
        isClosed = true
        for waiter in waiters {
            waiter.timer.cancel()
            waiter.continuation.resume(throwing: MariaDBPoolError.closed)
        }
        waiters.removeAll()
        let idleHandles = idle.map(\.handle)
        idle.removeAll()
        for handle in idleHandles {
            await discard(handle)
        }
        if openCount > 0 {
            await withCheckedContinuation { drainContinuations.append($0) }
        }
        try? await threadPool.shutdownGracefully()
    }

    // MARK: Checkout / checkin

    private func checkout() async throws -> ConnectionHandle {
        let deadline = ContinuousClock.now + options.checkoutTimeout
        while true {
            if isClosed { throw MariaDBPoolError.closed }
            if let entry = idle.popLast() {
                if ContinuousClock.now - entry.since > options.healthCheckAfterIdle {
                    let handle = entry.handle
                    let alive = (try? await threadPool.runIfActive { handle.ping() }) ?? false
                    if !alive {
                        logger.info("discarding a dead MariaDB connection", metadata: ["connection_id": "\(handle.connectionID)"])
                        await discard(handle)
                        continue
                    }
                }
                return entry.handle
            }
            if openCount < options.maxConnections {
                openCount += 1
                let handle: ConnectionHandle
                do {
                    let configuration = self.configuration
                    handle = try await threadPool.runIfActive { try ConnectionHandle.connect(configuration) }
                } catch {
                    openCount -= 1
                    signalFreedSlot()
                    throw error
                }
                logger.debug("opened MariaDB connection", metadata: ["connection_id": "\(handle.connectionID)"])
                if isClosed {
                    await discard(handle)
                    throw MariaDBPoolError.closed
                }
                return handle
            }
            if let handed = try await waitForConnection(until: deadline) {
                return handed
            }
        }
    }

    /// Suspends until a connection is handed over (returned) or a slot frees (nil).
    private func waitForConnection(until deadline: ContinuousClock.Instant) async throws -> ConnectionHandle? {
        let id = nextWaiterID
        nextWaiterID += 1
        let timeout = options.checkoutTimeout
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<ConnectionHandle?, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                let timer = Task {
                    try? await Task.sleep(until: deadline)
                    if !Task.isCancelled {
                        self.failWaiter(id, with: MariaDBPoolError.checkoutTimeout(timeout))
                    }
                }
                waiters.append(Waiter(id: id, continuation: continuation, timer: timer))
            }
        } onCancel: {
            Task { await self.failWaiter(id, with: CancellationError()) }
        }
    }

    private func failWaiter(_ id: UInt64, with error: any Error) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        waiter.timer.cancel()
        waiter.continuation.resume(throwing: error)
    }

    private func checkin(_ handle: ConnectionHandle) async {
        if handle.isBroken || isClosed {
            await discard(handle)
            return
        }
        if !waiters.isEmpty {
            let waiter = waiters.removeFirst()
            waiter.timer.cancel()
            waiter.continuation.resume(returning: handle)
            return
        }
        idle.append(IdleConnection(handle: handle, since: .now))
    }

    /// Closes a handle that counts toward `openCount` and frees its slot.
    private func discard(_ handle: ConnectionHandle) async {
        await closeHandle(handle)
        openCount -= 1
        signalFreedSlot()
    }

    private func closeHandle(_ handle: ConnectionHandle) async {
        do {
            try await threadPool.runIfActive { handle.close() }
        } catch {
            // The thread pool is gone (shutdown); the handle's deinit closes it instead.
        }
    }

    private func signalFreedSlot() {
        if !waiters.isEmpty {
            let waiter = waiters.removeFirst()
            waiter.timer.cancel()
            waiter.continuation.resume(returning: nil)
        }
        if isClosed, openCount == 0 {
            for continuation in drainContinuations { continuation.resume() }
            drainContinuations.removeAll()
        }
    }
}
