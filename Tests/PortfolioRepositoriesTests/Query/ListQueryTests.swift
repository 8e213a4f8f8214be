import DatabaseTestSupport
import Foundation
import MariaDB
import PortfolioDomain
import Testing

@testable import PortfolioRepositories

/// `ListQuery` against a real MariaDB, on a small table of its own: keyset paging both ways
/// over ties, cursors bound to their ordering, counts with filters, the per-parent batched
/// page and count, and LIKE escaping in `SQLConditions.addContains`.
@Suite struct ListQueryTests {
    /// A row of the test table `q_items`.
    struct Item: Record, Hashable {
        static let table = "q_items"
        static let columns = ["id", "org_id", "parent_id", "amount", "name"]
        var id: String
        var parentID: String
        var amount: Int64
        var name: String

        init(row: MariaDBRow) throws {
            id = (try row.decode("id") as String).lowercased()
            parentID = (try row.decode("parent_id") as String).lowercased()
            amount = try row.decode("amount")
            name = try row.decode("name")
        }
    }

    static let org = UUID()

    /// Creates `q_items` and inserts `(parent, amount, name)` rows; returns the parents' ids.
    static func seed(_ pool: MariaDBPool, _ rows: [(parent: Int, amount: Int64, name: String)]) async throws -> [String] {
        try await pool.execute("""
            CREATE TABLE q_items (
              id UUID NOT NULL PRIMARY KEY, org_id UUID NOT NULL, parent_id UUID NOT NULL,
              amount BIGINT NOT NULL, name VARCHAR(100) NOT NULL, KEY ix_parent (parent_id, amount)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
            """)
        let parents = (0...(rows.map(\.parent).max() ?? 0)).map { _ in UUID() }
        for row in rows {
            try await pool.execute("INSERT INTO q_items (id, org_id, parent_id, amount, name) VALUES (?, ?, ?, ?, ?)",
                                   [UUID(), org, parents[row.parent], row.amount, row.name])
        }
        return parents.map { $0.uuidString.lowercased() }
    }

    static func list(_ conditions: SQLConditions = SQLConditions(), by key: String = "i.amount", ascending: Bool = true) -> ListQuery<Item> {
        var scoped = conditions
        scoped.add("i.org_id = ?", org)
        return ListQuery(select: Item.selectList("i"), from: "q_items i", conditions: scoped,
                         sortKeys: [SortKey(key, ascending: ascending)], idExpression: "i.id")
    }

    /// The ids in list order straight from SQL (amount, then the id in the database's order).
    static func expected(_ pool: MariaDBPool, _ where_: String = "TRUE", descending: Bool = false) async throws -> [String] {
        let direction = descending ? "DESC" : "ASC"
        return try await pool.query("SELECT id FROM q_items WHERE \(where_) ORDER BY amount \(direction), id \(direction)")
            .map { (try $0.decode("id") as String).lowercased() }
    }

    static let tiedAmounts: [Int64] = [2, 1, 3, 1, 2, 1, 2, 2, 3, 1, 2]

    @Test func pagesForwardAndBackwardOverTies() async throws {
        try await TestDatabase.withPool { pool in
            _ = try await Self.seed(pool, Self.tiedAmounts.map { (0, $0, "x") })
            for ascending in [true, false] {
                let list = Self.list(ascending: ascending)
                let expected = try await Self.expected(pool, descending: !ascending)
                #expect(expected.count == Self.tiedAmounts.count)

                var forward: [String] = []
                var cursor: KeysetCursor?
                var pages = 0
                while pages < 20 {
                    let page = try await pool.withConnection {
                        try await list.taggedPage(PageRequest(direction: .forward, limit: 3, cursor: cursor), on: $0)
                    }
                    forward += page.rows.map(\.id)
                    #expect(page.hasPreviousPage == (cursor != nil))
                    #expect(page.cursors.count == page.rows.count)
                    pages += 1
                    guard page.hasNextPage else { break }
                    cursor = page.cursors.last
                }
                #expect(forward == expected, "forward, ascending \(ascending)")
                #expect(pages == 4)

                var backward: [String] = []
                cursor = nil
                pages = 0
                while pages < 20 {
                    let page = try await pool.withConnection {
                        try await list.page(PageRequest(direction: .backward, limit: 4, cursor: cursor), on: $0)
                    }
                    backward = page.rows.map(\.id) + backward
                    #expect(page.hasNextPage == (cursor != nil))
                    pages += 1
                    guard page.hasPreviousPage else { break }
                    cursor = page.cursors.first
                }
                #expect(backward == expected, "backward, ascending \(ascending)")
                #expect(pages == 3)
            }
        }
    }

    @Test func refusesACursorOfAnotherOrdering() async throws {
        try await TestDatabase.withPool { pool in
            _ = try await Self.seed(pool, Self.tiedAmounts.map { (0, $0, "x") })
            let byAmount = Self.list()
            let page = try await pool.withConnection { try await byAmount.taggedPage(PageRequest(limit: 2), on: $0) }
            let cursor = try #require(page.cursors.last)
            #expect(cursor.tag == byAmount.orderTag)
            // The text form round-trips with its tag.
            let decoded = try #require(KeysetCursor(encoded: cursor.encoded, count: 2))
            #expect(decoded == cursor)
            let next = try await pool.withConnection { try await byAmount.taggedPage(PageRequest(limit: 2, cursor: decoded), on: $0) }
            #expect(next.rows.count == 2)

            for other in [Self.list(by: "i.name"), Self.list(ascending: false)] {
                #expect(other.orderTag != byAmount.orderTag)
                for direction in [PageRequest.Direction.forward, .backward] {
                    await #expect {
                        try await pool.withConnection { try await other.taggedPage(PageRequest(direction: direction, limit: 2, cursor: decoded), on: $0) }
                    } throws: { error in
                        guard let error = error as? DomainError else { return false }
                        return error.kind == .invalidInput && error.fields.map(\.field) == [direction == .forward ? "after" : "before"]
                    }
                    await #expect(throws: DomainError.self) {
                        try await pool.withConnection {
                            try await other.pages(partitionedBy: "i.parent_id", parents: [UUID().uuidString], PageRequest(direction: direction, limit: 2, cursor: decoded), on: $0)
                        }
                    }
                }
            }
            // An untagged cursor (an in-memory child list's) is not one of this list's either.
            let untagged = KeysetCursor(values: cursor.values)
            await #expect(throws: DomainError.self) {
                try await pool.withConnection { try await byAmount.taggedPage(PageRequest(limit: 2, cursor: untagged), on: $0) }
            }
            // The tag is stable: the same ordering built again gives the same tag.
            #expect(Self.list().orderTag == byAmount.orderTag)
        }
    }

    @Test func countsWithFilters() async throws {
        try await TestDatabase.withPool { pool in
            _ = try await Self.seed(pool, Self.tiedAmounts.enumerated().map { (0, $0.element, $0.offset % 2 == 0 ? "even" : "odd") })
            func count(_ build: (inout SQLConditions) -> Void) async throws -> Int {
                var conditions = SQLConditions()
                build(&conditions)
                let list = Self.list(conditions)
                return try await pool.withConnection { try await list.count(on: $0) }
            }
            #expect(try await count { _ in } == 11)
            #expect(try await count { $0.add("i.amount >= ?", 2) } == 7)
            #expect(try await count { $0.add("i.amount >= ?", 3); $0.add("i.name = ?", "even") } == 2)
            #expect(try await count { $0.add("i.amount", in: [1, 3]) } == 6)
            #expect(try await count { $0.add("i.amount", in: []) } == 0)
            // The count ignores paging and agrees with the rows the filter pages through.
            var conditions = SQLConditions()
            conditions.add("i.name = ?", "odd")
            let list = Self.list(conditions)
            let all = try await pool.withConnection { try await list.page(PageRequest(limit: 100), on: $0) }
            #expect(try await pool.withConnection { try await list.count(on: $0) } == all.rows.count)
            #expect(all.rows.allSatisfy { $0.name == "odd" })
        }
    }

    @Test func perParentPagesMatchSeparatePagesInOneStatement() async throws {
        try await TestDatabase.withPool { pool in
            // Parent 0: no rows; parent 1: two; parent 2: seven with ties; parent 3: four.
            var rows: [(parent: Int, amount: Int64, name: String)] = [(1, 5, "a"), (1, 4, "b")]
            rows += [3, 1, 3, 2, 1, 3, 2].map { (2, Int64($0), "c") }
            rows += [9, 9, 8, 7].map { (3, Int64($0), "d") }
            let parents = try await Self.seed(pool, rows)
            var filter = SQLConditions()
            filter.add("i.amount < ?", 9)
            let list = Self.list(filter)

            for request in [PageRequest(limit: 3), PageRequest(direction: .backward, limit: 2)] {
                let before = pool.statementCounter.count
                let pages = try await pool.withConnection {
                    try await list.pages(partitionedBy: "i.parent_id", parents: parents + ["not-a-uuid"], request, on: $0)
                }
                let counts = try await pool.withConnection { try await list.counts(partitionedBy: "i.parent_id", parents: parents, on: $0) }
                #expect(pool.statementCounter.count - before == 2, "one statement for every page, one for every count")
                #expect(Set(pages.keys) == Set(parents), "every well-formed parent, none for a malformed id")
                #expect(counts == [parents[0]: 0, parents[1]: 2, parents[2]: 7, parents[3]: 2])

                for parent in parents {
                    // The same page read alone, with the parent as a plain condition.
                    var alone = filter
                    alone.add("i.parent_id = ?", parent)
                    let single = try await pool.withConnection { try await Self.list(alone).page(request, on: $0) }
                    let batched = try #require(pages[parent])
                    #expect(batched.rows == single.rows, "parent \(parent), \(request.direction)")
                    #expect(batched.cursors.map(\.values) == single.cursors.map(\.values))
                    #expect(batched.hasNextPage == single.hasNextPage && batched.hasPreviousPage == single.hasPreviousPage)
                    #expect(batched.rows.allSatisfy { $0.parentID == parent && $0.amount < 9 })
                }
            }

            // Following a cursor: the rest of parent 2's rows after its first page, batched.
            let first = try await pool.withConnection { try await list.pages(partitionedBy: "i.parent_id", parents: [parents[2]], PageRequest(limit: 3), on: $0) }
            let page1 = try #require(first[parents[2]])
            #expect(page1.hasNextPage)
            var seen = page1.rows.map(\.id)
            let next = try await pool.withConnection {
                try await list.pages(partitionedBy: "i.parent_id", parents: [parents[2]], PageRequest(limit: 10, cursor: page1.cursors.last), on: $0)
            }
            let page2 = try #require(next[parents[2]])
            #expect(!page2.hasNextPage && page2.hasPreviousPage)
            seen += page2.rows.map(\.id)
            #expect(seen == (try await Self.expected(pool, "parent_id = '\(parents[2])'")))
        }
    }

    @Test func containsMatchesWildcardsLiterally() async throws {
        try await TestDatabase.withPool { pool in
            let names = ["50% off", "50 off", "5000 off", "a_b", "axb", "back\\slash", "backslash", "Mixed CASE"]
            _ = try await Self.seed(pool, names.map { (0, 1, $0) })
            func matches(_ text: String) async throws -> Set<String> {
                var conditions = SQLConditions()
                conditions.addContains(text, in: ["i.name"])
                let list = Self.list(conditions)
                return Set(try await pool.withConnection { try await list.page(PageRequest(limit: 100), on: $0) }.rows.map(\.name))
            }
            #expect(try await matches("50%") == ["50% off"])
            #expect(try await matches("a_b") == ["a_b"])
            #expect(try await matches("k\\s") == ["back\\slash"])
            #expect(try await matches("%") == ["50% off"])
            #expect(try await matches("_") == ["a_b"])
            #expect(try await matches("mixed case") == ["Mixed CASE"], "case-insensitive collation")
            #expect(try await matches("off") == ["50% off", "50 off", "5000 off"])
            #expect(SQLConditions.escapeLike("a%b_c\\") == "a\\%b\\_c\\\\")
            // Several expressions: any of them may match; one bound pattern per expression.
            var conditions = SQLConditions()
            conditions.addContains("x", in: ["i.name", "CAST(i.amount AS CHAR)"])
            #expect(conditions.binds.count == 2)
            #expect(conditions.sql.contains(" OR "))
        }
    }
}
