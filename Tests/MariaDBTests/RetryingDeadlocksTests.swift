import DatabaseTestSupport
import MariaDB
import Testing

@Suite("retryingDeadlocks")
struct RetryingDeadlocksTests {
    /// Lets two transactions proceed only once both hold their first lock; after that
    /// first meeting it never waits again (retries must not block on it).
    actor Rendezvous {
        private var arrived = 0
        private var waiting: [CheckedContinuation<Void, Never>] = []
        private var opened = false

        func meet() async {
            if opened { return }
            arrived += 1
            if arrived == 2 {
                opened = true
                waiting.forEach { $0.resume() }
                waiting.removeAll()
            } else {
                await withCheckedContinuation { waiting.append($0) }
            }
        }
    }

    actor Counter {
        private(set) var value = 0
        func increment() { value += 1 }
    }

    @Test("two transactions that deadlock are retried and both commit")
    func deadlockIsRetried() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 4)) { pool in
            try await pool.execute("CREATE TABLE accounts (id INT PRIMARY KEY, balance BIGINT NOT NULL) ENGINE=InnoDB")
            try await pool.execute("INSERT INTO accounts VALUES (1, 0), (2, 0)")
            let rendezvous = Rendezvous()
            let attempts = Counter()

            // Each transaction locks its own row first, then the other's: a lock cycle.
            @Sendable func transfer(first: Int32, second: Int32) async throws {
                try await pool.retryingDeadlocks(maxAttempts: 5) { connection in
                    await attempts.increment()
                    try await connection.execute("SET SESSION innodb_lock_wait_timeout = 20")
                    try await connection.execute("UPDATE accounts SET balance = balance + 1 WHERE id = ?", [first])
                    await rendezvous.meet()
                    try await connection.execute("UPDATE accounts SET balance = balance + 10 WHERE id = ?", [second])
                }
            }
            async let a: Void = transfer(first: 1, second: 2)
            async let b: Void = transfer(first: 2, second: 1)
            _ = try await (a, b)

            // One attempt was chosen as the deadlock victim and ran again.
            #expect(await attempts.value >= 3)
            let rows = try await pool.query("SELECT id, balance FROM accounts ORDER BY id")
            #expect(try rows.map { try $0.decode("balance", as: Int64.self) } == [11, 11])
        }
    }

    @Test("non-transient errors are not retried; the last transient one is rethrown")
    func limits() async throws {
        let counter = Counter()
        await #expect(throws: MariaDBError.self) {
            try await retryingDeadlocks(maxAttempts: 3, baseDelay: .milliseconds(1)) {
                await counter.increment()
                throw MariaDBError(code: 1213, sqlState: "40001", message: "Deadlock found")
            }
        }
        #expect(await counter.value == 3)

        let other = Counter()
        await #expect(throws: MariaDBError.self) {
            try await retryingDeadlocks(maxAttempts: 3) {
                await other.increment()
                throw MariaDBError(code: 1062, sqlState: "23000", message: "Duplicate entry 'x' for key 'k'")
            }
        }
        #expect(await other.value == 1)
    }
}
