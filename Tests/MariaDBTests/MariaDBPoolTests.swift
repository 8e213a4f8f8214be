import DatabaseTestSupport
import MariaDB
import Testing

@Suite("MariaDBPool")
struct MariaDBPoolTests {
    @Test("never opens more connections than its bound, and serves every caller")
    func bounded() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 2)) { pool in
            let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let rows = try await pool.query("SELECT CONNECTION_ID() AS id, SLEEP(0.05) AS s")
                        return try rows[0].decode("id", as: Int64.self)
                    }
                }
                return try await group.reduce(into: Set<Int64>()) { $0.insert($1) }
            }
            #expect(ids.count <= 2)
            let statistics = await pool.statistics
            #expect(statistics.open <= 2)
            #expect(statistics.waiting == 0)
        }
    }

    @Test("a caller waiting longer than the checkout timeout gets checkoutTimeout")
    func checkoutTimeout() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 1, checkoutTimeout: .milliseconds(200))) { pool in
            try await pool.withConnection { _ in
                await #expect(throws: MariaDBPoolError.checkoutTimeout(.milliseconds(200))) {
                    try await pool.query("SELECT 1")
                }
            }
            // The held connection went back and serves the next caller.
            #expect(try await pool.query("SELECT 1").count == 1)
        }
    }

    @Test("a connection killed by the server is discarded and replaced")
    func killedConnectionIsReplaced() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 2, healthCheckAfterIdle: .seconds(3600))) { pool in
            let victim = try await pool.withConnection { connection in
                try await connection.query("SELECT CONNECTION_ID() AS id")[0].decode("id", as: Int64.self)
            }
            // Kill it from another session (the pool opens a second connection for this).
            try await pool.withConnection { outer in
                try await pool.withConnection { killer in
                    _ = outer
                    try await killer.execute("KILL CONNECTION \(victim)")
                }
            }
            // The idle check is off (1 h), so some call meets the dead connection; it
            // fails as connectionLost at most once and the pool replaces it.
            var lost = 0
            for _ in 0..<3 {
                do {
                    _ = try await pool.query("SELECT 1")
                } catch let error as MariaDBError {
                    #expect(error.kind == .connectionLost)
                    lost += 1
                }
            }
            #expect(lost <= 1)
            #expect(try await pool.query("SELECT 1").count == 1)
        }
    }

    @Test("isHealthy answers true against a running server, and a closed pool refuses work")
    func healthAndClose() async throws {
        let configuration = try await TestDatabase.serverConfiguration()
        let pool = MariaDBPool(configuration: configuration, options: .init(maxConnections: 1), logger: TestDatabase.logger)
        #expect(await pool.isHealthy())
        await pool.close()
        await #expect(throws: MariaDBPoolError.closed) {
            try await pool.query("SELECT 1")
        }
        #expect(await pool.statistics.open == 0)
    }

    @Test("blocking queries leave the cooperative thread pool free")
    func blockingCallsStayOffCooperativeThreads() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 4)) { pool in
            let clock = ContinuousClock()
            let start = clock.now
            // Four queries each block a C call for 1 s — more than the cooperative pool has
            // threads on a small machine. If they ran on cooperative threads, nothing else
            // could run there until one of them returned; on the client threads a short task
            // on the cooperative pool finishes while all four are still blocked.
            async let firstQueryDone: ContinuousClock.Instant = withThrowingTaskGroup(of: ContinuousClock.Instant.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        _ = try await pool.query("SELECT SLEEP(1)")
                        return clock.now
                    }
                }
                var earliest: ContinuousClock.Instant?
                for try await done in group { earliest = min(earliest ?? done, done) }
                return earliest ?? clock.now
            }
            try await Task.sleep(for: .milliseconds(50))
            let ticked = clock.now
            let done = try await firstQueryDone
            // Compared with the queries' own end, not a fixed window: a loaded machine (CI
            // runs many suites at once on 2 cores) delays both sides alike.
            #expect(ticked < done, "a cooperative task ran while the blocking queries held their threads")
            #expect(clock.now - start < .seconds(4), "the four sleeps ran concurrently on the client threads")
        }
    }

    @Test("a connection used after it went back to the pool refuses to run")
    func releasedConnection() async throws {
        try await TestDatabase.withPool { pool in
            var leaked: MariaDBConnection?
            try await pool.withConnection { connection in leaked = connection }
            let connection = try #require(leaked)
            await #expect(throws: MariaDBPoolError.connectionReleased) {
                try await connection.query("SELECT 1")
            }
        }
    }
}
