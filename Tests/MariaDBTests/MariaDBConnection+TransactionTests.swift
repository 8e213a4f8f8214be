import DatabaseTestSupport
import MariaDB
import Testing

@Suite("MariaDB transactions")
struct MariaDBConnectionTransactionTests {
    struct Boom: Error {}

    @Test("a thrown error inside a transaction leaves no row behind")
    func rollbackOnError() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE ledger (id BIGINT PRIMARY KEY AUTO_INCREMENT, cents BIGINT NOT NULL)")
            await #expect(throws: Boom.self) {
                try await pool.transaction(isolation: .repeatableRead) { connection in
                    try await connection.execute("INSERT INTO ledger (cents) VALUES (?)", [Int64(100)])
                    try await connection.execute("INSERT INTO ledger (cents) VALUES (?)", [Int64(-100)])
                    #expect(connection.isInTransaction)
                    throw Boom()
                }
            }
            let count = try await pool.query("SELECT COUNT(*) AS n FROM ledger")
            #expect(try count.first?.decode("n", as: Int64.self) == 0)
        }
    }

    @Test("a returning transaction commits and yields its result")
    func commit() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE ledger (id BIGINT PRIMARY KEY AUTO_INCREMENT, cents BIGINT NOT NULL)")
            let id = try await pool.transaction(isolation: .readCommitted) { connection in
                try await connection.execute("INSERT INTO ledger (cents) VALUES (?)", [Int64(250)]).lastInsertID
            }
            let rows = try await pool.query("SELECT cents FROM ledger WHERE id = ?", [id])
            #expect(try rows.first?.decode("cents", as: Int64.self) == 250)
        }
    }

    @Test("a transaction left open in withConnection is rolled back before reuse")
    func abandonedTransaction() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 1)) { pool in
            try await pool.execute("CREATE TABLE t (x INT)")
            try await pool.withConnection { connection in
                try await connection.executeScript("START TRANSACTION")
                try await connection.execute("INSERT INTO t VALUES (1)")
            }
            try await pool.withConnection { connection in
                #expect(!connection.isInTransaction)
                let rows = try await connection.query("SELECT COUNT(*) AS n FROM t")
                #expect(try rows.first?.decode("n", as: Int64.self) == 0)
            }
        }
    }

    @Test("a nested transaction is a savepoint: its failure undoes only its own rows")
    func nestedSavepoint() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE steps (name VARCHAR(20) PRIMARY KEY)")
            try await pool.transaction { connection in
                try await connection.execute("INSERT INTO steps VALUES ('outer')")
                await #expect(throws: Boom.self) {
                    try await connection.transaction { inner in
                        try await inner.execute("INSERT INTO steps VALUES ('inner-failed')")
                        throw Boom()
                    }
                }
                try await connection.transaction { inner in
                    try await inner.execute("INSERT INTO steps VALUES ('inner-kept')")
                }
                #expect(connection.isInTransaction)
            }
            let rows = try await pool.query("SELECT name FROM steps ORDER BY name")
            #expect(try rows.map { try $0.decode("name", as: String.self) } == ["inner-kept", "outer"])
        }
    }
}
