import DatabaseTestSupport
import MariaDB
import Testing

@Suite("StatementCounter")
struct StatementCounterTests {
    @Test("the pool counts every prepared statement and script its connections run, including scripts")
    func countsStatements() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 2)) { pool in
            let before = pool.statementCounter.count
            _ = try await pool.query("SELECT 1 AS one")
            try await pool.withConnection { connection in
                _ = try await connection.query("SELECT ? AS x", [7])
                try await connection.execute("DO 1")
                try await connection.executeScript("DO 1; DO 2")
            }
            #expect(pool.statementCounter.count - before == 4)
            let statistics = await pool.statistics
            #expect(statistics.statements == pool.statementCounter.count)
        }
    }

    @Test("a standalone counter starts at zero")
    func startsAtZero() {
        #expect(StatementCounter().count == 0)
    }
}
