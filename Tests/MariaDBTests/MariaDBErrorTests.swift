import DatabaseTestSupport
import MariaDB
import Testing

@Suite("MariaDBError classification")
struct MariaDBErrorTests {
    @Test("error numbers map to kinds", arguments: [
        (UInt32(1451), MariaDBError.Kind.foreignKey), (1452, .foreignKey), (1205, .lockTimeout), (1213, .deadlock),
        (2002, .connectionLost), (2006, .connectionLost), (2013, .connectionLost), (1927, .connectionLost),
        (1064, .other),
    ])
    func kinds(code: UInt32, kind: MariaDBError.Kind) {
        #expect(MariaDBError(code: code, sqlState: "HY000", message: "x").kind == kind)
    }

    @Test("the key name is parsed from ER_DUP_ENTRY's message")
    func duplicateKeyName() {
        let plain = MariaDBError(code: 1062, sqlState: "23000", message: "Duplicate entry 'a@b.c' for key 'uk_users_email'")
        #expect(plain.kind == .duplicateKey(keyName: "uk_users_email"))
        let qualified = MariaDBError(code: 1062, sqlState: "23000", message: "Duplicate entry '1-x' for key 'users.uk_org_name'")
        #expect(qualified.kind == .duplicateKey(keyName: "uk_org_name"))
        let tricky = MariaDBError(code: 1062, sqlState: "23000", message: "Duplicate entry 'for key 'x'' for key 'PRIMARY'")
        #expect(tricky.kind == .duplicateKey(keyName: "PRIMARY"))
        #expect(MariaDBError(code: 1062, sqlState: "23000", message: "Duplicate entry").kind == .duplicateKey(keyName: nil))
    }

    @Test("a real duplicate unique key surfaces as duplicateKey with the index name")
    func realDuplicateKey() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE users (id BIGINT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(100) NOT NULL, UNIQUE KEY uk_users_email (email))")
            try await pool.execute("INSERT INTO users (email) VALUES (?)", ["ann@example.com"])
            let error = await #expect(throws: MariaDBError.self) {
                try await pool.execute("INSERT INTO users (email) VALUES (?)", ["ann@example.com"])
            }
            #expect(error?.kind == .duplicateKey(keyName: "uk_users_email"))
            #expect(error?.code == 1062)
            #expect(error?.sqlState == "23000")
            #expect(error?.sql == "INSERT INTO users (email) VALUES (?)")
        }
    }

    @Test("a real foreign key violation surfaces as foreignKey")
    func realForeignKey() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.connectionScript("""
                CREATE TABLE parents (id BIGINT PRIMARY KEY);
                CREATE TABLE children (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL,
                    CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id));
                INSERT INTO parents VALUES (1);
                INSERT INTO children VALUES (10, 1);
                """)
            let missingParent = await #expect(throws: MariaDBError.self) {
                try await pool.execute("INSERT INTO children VALUES (?, ?)", [Int64(11), Int64(2)])
            }
            #expect(missingParent?.kind == .foreignKey)
            let referenced = await #expect(throws: MariaDBError.self) {
                try await pool.execute("DELETE FROM parents WHERE id = ?", [Int64(1)])
            }
            #expect(referenced?.kind == .foreignKey)
        }
    }
}

extension MariaDBPool {
    /// Runs a multi-statement script on one pooled connection (test set-up helper).
    func connectionScript(_ sql: String) async throws {
        try await withConnection { connection in _ = try await connection.executeScript(sql) }
    }
}
