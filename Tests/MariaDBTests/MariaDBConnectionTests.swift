import DatabaseTestSupport
import Foundation
import MariaDB
import Testing

@Suite("MariaDBConnection against a real server")
struct MariaDBConnectionTests {
    static let createAllTypes = """
        CREATE TABLE all_types (
            id BIGINT PRIMARY KEY,
            i64 BIGINT NULL, u64 BIGINT UNSIGNED NULL, i32 INT NULL, flag BOOL NULL,
            name VARCHAR(255) NULL, body MEDIUMTEXT NULL,
            big DECIMAL(65, 30) NULL, money DECIMAL(19, 4) NULL,
            day DATE NULL, at DATETIME(6) NULL, stamped TIMESTAMP(6) NULL,
            uid UUID NULL, doc JSON NULL, blob_data BLOB NULL, short_bin VARBINARY(16) NULL,
            ratio DOUBLE NULL, duration TIME(6) NULL
        )
        """

    static let insertAllTypes = """
        INSERT INTO all_types (id, i64, u64, i32, flag, name, body, big, money, day, at, stamped, uid, doc,
            blob_data, short_bin, ratio, duration)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    @Test("SELECT returns typed rows by name and index")
    func selectLiteral() async throws {
        try await TestDatabase.withPool { pool in
            let rows = try await pool.query("SELECT 1 AS one, 'zwei' AS two, NULL AS nothing")
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(try row.decode("one", as: Int64.self) == 1)
            #expect(try row.decode(at: 1, as: String.self) == "zwei")
            #expect(try row.decode("nothing", as: String?.self) == nil)
        }
    }

    @Test("every column type round-trips, extremes and NULLs included")
    func allTypesRoundTrip() async throws {
        let uuid = UUID()
        let longText = String(repeating: "Grüße 🌍👩‍👩‍👧 ∑ ", count: 2_000)
        let bigDecimal = try #require(ExactDecimal("-12345678901234567890123456789012345.123456789012345678901234567890"))
        let json = #"{"a": [1, 2, {"b": null}], "emoji": "🎉", "n": 1.5}"#
        let blob: [UInt8] = [0, 1, 0, 255, 0, 0, 128] + Array(repeating: 0, count: 1_000) + [42]
        let at = SQLDateTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, microsecond: 123_456)
        let stamped = SQLDateTime(year: 2038, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 1)
        // TIME's most negative value, -838:59:59, in microseconds.
        let minimumTime: Int64 = -((838 * 3600 + 59 * 60 + 59) * 1_000_000)

        try await TestDatabase.withPool { pool in
            try await pool.execute(Self.createAllTypes)
            var full: [any MariaDBBindable] = [Int64(1), Int64.max, UInt64.max, Int32.min]
            full.append(true)
            full.append("héllo 🌍 — ✓")
            full.append(longText)
            full.append(bigDecimal)
            full.append(ExactDecimal("1234.5600")!)
            full.append(SQLDate(year: 2024, month: 2, day: 29))
            full.append(at)
            full.append(stamped)
            full.append(uuid)
            full.append(json)
            full.append(blob)
            full.append([UInt8]([0, 0, 0]))
            full.append(Double(0.1))
            full.append(MariaDBValue.time(microseconds: minimumTime))
            let inserted = try await pool.execute(Self.insertAllTypes, full)
            #expect(inserted.affectedRows == 1)
            var minimum: [any MariaDBBindable] = [Int64(2), Int64.min, UInt64(0), Int32.max, false]
            minimum += ["", ""] as [String]
            minimum += Array(repeating: MariaDBValue.null, count: 11) as [MariaDBValue]
            try await pool.execute(Self.insertAllTypes, minimum)
            var nulls: [any MariaDBBindable] = [Int64(3)]
            nulls += Array(repeating: Optional<String>.none, count: 17) as [String?]
            try await pool.execute(Self.insertAllTypes, nulls)

            let rows = try await pool.query("SELECT * FROM all_types ORDER BY id")
            #expect(rows.count == 3)
            let first = rows[0]
            #expect(try first.decode("i64", as: Int64.self) == Int64.max)
            #expect(try first.decode("u64", as: UInt64.self) == UInt64.max)
            #expect(try first.decode("i32", as: Int32.self) == Int32.min)
            #expect(try first.decode("flag", as: Bool.self) == true)
            #expect(try first.decode("name", as: String.self) == "héllo 🌍 — ✓")
            #expect(try first.decode("body", as: String.self) == longText)
            #expect(try first.decode("big", as: ExactDecimal.self).description == bigDecimal.description)
            #expect(try first.decode("money", as: ExactDecimal.self).description == "1234.5600")
            #expect(try first.decodeScaled("money", scale: 2) == 123_456)
            #expect(try first.decode("day", as: SQLDate.self) == SQLDate(year: 2024, month: 2, day: 29))
            #expect(try first.decode("at", as: SQLDateTime.self) == at)
            #expect(try first.decode("stamped", as: SQLDateTime.self) == stamped)
            #expect(try first.decode("uid", as: UUID.self) == uuid)
            #expect(try first.decode("doc", as: String.self) == json)
            #expect(try first.decode("blob_data", as: [UInt8].self) == blob)
            #expect(try first.decode("short_bin", as: [UInt8].self) == [0, 0, 0])
            #expect(try first.decode("ratio", as: Double.self) == 0.1)
            #expect(first["duration"] == MariaDBValue.time(microseconds: minimumTime))

            let second = rows[1]
            #expect(try second.decode("i64", as: Int64.self) == Int64.min)
            #expect(try second.decode("u64", as: UInt64.self) == 0)
            #expect(try second.decode("i32", as: Int.self) == Int(Int32.max))
            #expect(try second.decode("flag", as: Bool.self) == false)
            #expect(try second.decode("name", as: String.self) == "")
            #expect(try second.decode("uid", as: UUID?.self) == nil)

            let third = rows[2]
            for column in third.columns.dropFirst() {
                #expect(third[column.name] == .null, "column \(column.name) should be NULL")
            }
            #expect(try third.decode("i64", as: Int64?.self) == nil)
            #expect(try third.decode("big", as: ExactDecimal?.self) == nil)
            #expect(try third.decode("blob_data", as: [UInt8]?.self) == nil)
            #expect(try third.decodeScaledIfPresent("money", scale: 2) == nil)
        }
    }

    @Test("bound parameters filter rows and column metadata is reported")
    func parametersAndMetadata() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute(Self.createAllTypes)
            for id in 1...5 {
                try await pool.execute("INSERT INTO all_types (id, name, uid) VALUES (?, ?, ?)", [Int64(id), "n\(id)", UUID()])
            }
            let rows = try await pool.query("SELECT id, name, uid FROM all_types WHERE id IN (?, ?) AND name <> ? ORDER BY id DESC",
                                             [Int64(2), Int64(4), "zzz"])
            #expect(try rows.map { try $0.decode("id", as: Int64.self) } == [4, 2])
            let columns = try #require(rows.first?.columns)
            #expect(columns.map(\.name) == ["id", "name", "uid"])
            #expect(columns[0].typeName == "BIGINT")
            #expect(columns[2].typeName == "UUID")
        }
    }

    @Test("a column that does not decode names the column and the Swift type")
    func decodeErrorNamesColumn() async throws {
        try await TestDatabase.withPool { pool in
            let row = try #require(try await pool.query("SELECT 'abc' AS label, CAST(1.25 AS DECIMAL(5,2)) AS price").first)
            let error = #expect(throws: MariaDBDecodingError.self) { try row.decode("label", as: Int64.self) }
            #expect(error?.column == "label")
            #expect(error?.swiftType == "Int64")
            #expect(error?.description.contains("'label'") == true)
            #expect(error?.description.contains("Int64") == true)
            let money = #expect(throws: MariaDBDecodingError.self) { try row.decode("price", as: Double.self) }
            #expect(money?.column == "price")
            #expect(money?.sqlType == "DECIMAL")
        }
    }

    @Test("UPDATE reports matched rows and INSERT the generated id")
    func executeResults() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE counters (id BIGINT PRIMARY KEY AUTO_INCREMENT, n INT NOT NULL)")
            let first = try await pool.execute("INSERT INTO counters (n) VALUES (?)", [5])
            let second = try await pool.execute("INSERT INTO counters (n) VALUES (?)", [5])
            #expect(first.lastInsertID == 1)
            #expect(second.lastInsertID == 2)
            // Matched, not changed: setting the same value still counts the row.
            let unchanged = try await pool.execute("UPDATE counters SET n = ? WHERE n = ?", [5, 5])
            #expect(unchanged.affectedRows == 2)
            let none = try await pool.execute("UPDATE counters SET n = 1 WHERE id = ?", [Int64(99)])
            #expect(none.affectedRows == 0)
        }
    }

    @Test("scripts run several statements; placeholders must match the values")
    func scriptsAndPlaceholderCount() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.withConnection { connection in
                try await connection.executeScript("""
                    CREATE TABLE a (x INT); INSERT INTO a VALUES (1), (2);
                    CREATE TABLE b (y INT); INSERT INTO b SELECT x * 10 FROM a;
                    """)
                let sum = try await connection.query("SELECT SUM(y) AS total FROM b")
                #expect(try sum.first?.decode("total", as: ExactDecimal.self) == ExactDecimal("30"))
                let mismatch = await #expect(throws: MariaDBError.self) {
                    try await connection.query("SELECT ? + ?", [1])
                }
                #expect(mismatch?.message.contains("2 placeholder") == true)
                // Stacked statements are refused outside scripts.
                await #expect(throws: MariaDBError.self) {
                    try await connection.execute("DELETE FROM a; DELETE FROM b")
                }
                #expect(try await connection.query("SELECT COUNT(*) AS n FROM a").first?.decode("n", as: Int64.self) == 2)
            }
        }
    }

    @Test("the session uses utf8mb4 and UTC")
    func sessionSettings() async throws {
        try await TestDatabase.withPool { pool in
            let row = try #require(try await pool.query("SELECT @@character_set_client AS cs, @@time_zone AS tz").first)
            #expect(try row.decode("cs", as: String.self) == "utf8mb4")
            #expect(try row.decode("tz", as: String.self) == "+00:00")
        }
    }

    @Test("statements the prepared protocol refuses still run when they have no parameters")
    func unpreparableStatement() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.withConnection { connection in
                // PREPARE / DEALLOCATE PREPARE fail with 1295 in the binary protocol.
                try await connection.execute("PREPARE probe FROM 'SELECT 7'")
                try await connection.execute("DEALLOCATE PREPARE probe")
                // The second DEALLOCATE reaches the server too, which now knows no `probe`.
                let error = await #expect(throws: MariaDBError.self) {
                    try await connection.execute("DEALLOCATE PREPARE probe")
                }
                #expect(error?.code == 1243)
            }
        }
    }

    @Test("a cached statement sees columns added by a later ALTER TABLE")
    func cachedStatementAfterDDL() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 1)) { pool in
            try await pool.withConnection { connection in
                try await connection.execute("CREATE TABLE evolving (a INT)")
                try await connection.execute("INSERT INTO evolving VALUES (1)")
                let before = try await connection.query("SELECT * FROM evolving")
                #expect(before.first?.columns.map(\.name) == ["a"])
                try await connection.execute("ALTER TABLE evolving ADD COLUMN b VARCHAR(10) NOT NULL DEFAULT 'new'")
                let after = try await connection.query("SELECT * FROM evolving")
                #expect(after.first?.columns.map(\.name) == ["a", "b"])
                #expect(try after.first?.decode("b", as: String.self) == "new")
                // Same column count, different type: the metadata must follow too.
                try await connection.execute("ALTER TABLE evolving MODIFY a VARCHAR(10)")
                try await connection.execute("UPDATE evolving SET a = 'text'")
                let retyped = try await connection.query("SELECT * FROM evolving")
                #expect(try retyped.first?.decode("a", as: String.self) == "text")
            }
        }
    }

    @Test("cancelling a task aborts its blocked statement on the server")
    func cancellationInterruptsStatement() async throws {
        try await TestDatabase.withPool(options: .init(maxConnections: 2)) { pool in
            try await pool.execute("CREATE TABLE locked (id INT PRIMARY KEY)")
            try await pool.execute("INSERT INTO locked VALUES (1)")
            try await pool.transaction { holder in
                _ = try await holder.query("SELECT id FROM locked WHERE id = 1 FOR UPDATE")
                // This statement waits for the row lock (up to 50 s) on the other connection.
                let waiter = Task {
                    try await pool.query("SELECT id FROM locked WHERE id = 1 FOR UPDATE")
                }
                try await Task.sleep(for: .milliseconds(300))
                let start = ContinuousClock.now
                waiter.cancel()
                let result = await waiter.result
                #expect(ContinuousClock.now - start < .seconds(5))
                #expect(throws: CancellationError.self) { try result.get() }
            }
            // Both connections still work afterwards.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask { _ = try await pool.query("SELECT SLEEP(0.1)") }
                }
                try await group.waitForAll()
            }
            #expect(await pool.statistics.open == 2)
        }
    }

    @Test("a task cancelled before its statement starts runs nothing")
    func cancelledBeforeStart() async throws {
        try await TestDatabase.withPool { pool in
            try await pool.execute("CREATE TABLE untouched (x INT)")
            // A task of its own: cancelling the test's task would cancel the test.
            let task = Task {
                try await pool.withConnection { connection in
                    withUnsafeCurrentTask { $0?.cancel() }
                    try await connection.execute("INSERT INTO untouched VALUES (1)")
                }
            }
            let result = await task.result
            #expect(throws: CancellationError.self) { try result.get() }
            let rows = try await pool.query("SELECT COUNT(*) AS n FROM untouched")
            #expect(try rows.first?.decode("n", as: Int64.self) == 0)
        }
    }
}
