import MariaDB

/// An ordered, filtered list read a page at a time with keyset (cursor) paging, and counted.
/// Every connection of the API is one of these, so ordering, cursors, `first/after` and
/// `last/before` work the same way everywhere and no repository writes its own paging SQL.
///
/// The order is `sortKeys` then `idExpression` as the tie-breaker, so it is total and a
/// cursor names exactly one position.
public struct ListQuery<Row: RowDecodable>: Sendable {
    /// The select list (without `SELECT`), e.g. `Building.selectList("b")`.
    public var select: String
    /// The FROM clause body, e.g. `buildings b` or `units u JOIN buildings b ON …`.
    public var from: String
    public var conditions: SQLConditions
    public var sortKeys: [SortKey]
    /// The unique id of a row, e.g. `b.id`; always the last ordering term.
    public var idExpression: String
    /// Whether the id tie-breaker sorts ascending; it follows the last sort key by default.
    public var idAscending: Bool
    /// Non-empty for a list that is the UNION ALL of these SELECTs (same column names), each
    /// read under the alias `from`. Conditions, keyset, order and limit then go inside every
    /// branch, so a page reads at most `limit + 1` rows of each branch by index and a count
    /// adds up per-branch counts, instead of materialising and sorting the whole union.
    public var unionBranches: [String]

    public init(select: String, from: String, conditions: SQLConditions, sortKeys: [SortKey], idExpression: String, idAscending: Bool? = nil) {
        self.select = select
        self.from = from
        self.conditions = conditions
        self.sortKeys = sortKeys
        self.idExpression = idExpression
        self.idAscending = idAscending ?? sortKeys.last?.ascending ?? true
        self.unionBranches = []
    }

    /// A list over the union of `branches` (see `unionBranches`); `alias` names a branch's
    /// rows in `select`, `conditions`, `sortKeys` and `idExpression`.
    public init(select: String, unionOf branches: [String], alias: String, conditions: SQLConditions, sortKeys: [SortKey],
                idExpression: String, idAscending: Bool? = nil) {
        self.init(select: select, from: alias, conditions: conditions, sortKeys: sortKeys, idExpression: idExpression,
                  idAscending: idAscending)
        self.unionBranches = branches
    }

    /// The ordering terms, id last.
    var orderTerms: [SortKey] { sortKeys + [SortKey(idExpression, ascending: idAscending)] }

    /// One page: one indexed range query of `limit + 1` rows (the extra row answers
    /// `hasNextPage`/`hasPreviousPage`).
    public func page(_ request: PageRequest, on connection: MariaDBConnection) async throws -> RecordPage<Row> {
        let terms = orderTerms
        var where_ = conditions
        let backward = request.direction == .backward
        if let cursor = request.cursor {
            let (sql, binds) = Self.keysetCondition(terms, cursor.values, after: !backward)
            where_.add(sql, values: binds)
        }
        // Reading backward reverses the order, then the page is flipped back.
        let order = terms.map { term in
            "\(term.expression) \(term.ascending != backward ? "ASC" : "DESC")"
        }.joined(separator: ", ")
        let keys = terms.enumerated().map { "\($0.element.expression) AS _k\($0.offset)" }.joined(separator: ", ")
        let rows: [MariaDBRow]
        if unionBranches.isEmpty {
            rows = try await connection.query(
                "SELECT \(select), \(keys) FROM \(from) \(where_.sql) ORDER BY \(order) LIMIT ?",
                where_.binds + [request.limit + 1])
        } else {
            // Each branch yields its own first limit + 1 rows; the page is the first of those.
            let branches = unionBranches.map { branch in
                "(SELECT \(select), \(keys) FROM (\(branch)) \(from) \(where_.sql) ORDER BY \(order) LIMIT ?)"
            }
            let outerOrder = terms.indices.map { "_k\($0) \(terms[$0].ascending != backward ? "ASC" : "DESC")" }
            rows = try await connection.query(
                "SELECT * FROM (\(branches.joined(separator: " UNION ALL "))) _page ORDER BY \(outerOrder.joined(separator: ", ")) LIMIT ?",
                Array(repeating: where_.binds + [request.limit + 1], count: branches.count).flatMap { $0 } + [request.limit + 1])
        }
        let more = rows.count > request.limit
        var kept = Array(rows.prefix(request.limit))
        if backward { kept.reverse() }
        let decoded = try kept.map { try Row(row: $0) }
        let cursors = kept.map { row in
            KeysetCursor(values: (0..<terms.count).map { row["_k\($0)"] ?? .null })
        }
        return RecordPage(
            rows: decoded, cursors: cursors,
            hasNextPage: backward ? request.cursor != nil : more,
            hasPreviousPage: backward ? more : request.cursor != nil)
    }

    /// How many rows match the conditions, for `totalCount`.
    public func count(on connection: MariaDBConnection) async throws -> Int {
        let sql: String
        let binds: [any MariaDBBindable]
        if unionBranches.isEmpty {
            sql = "SELECT COUNT(*) AS total FROM \(from) \(conditions.sql)"
            binds = conditions.binds
        } else {
            let counts = unionBranches.map { "(SELECT COUNT(*) FROM (\($0)) \(from) \(conditions.sql))" }
            sql = "SELECT CAST(\(counts.joined(separator: " + ")) AS SIGNED) AS total"
            binds = Array(repeating: conditions.binds, count: counts.count).flatMap { $0 }
        }
        guard let row = try await connection.query(sql, binds).first else { return 0 }
        return try row.decode("total")
    }

    /// Every row in order, without paging (for reports and exports that stream or bound
    /// their size by other means).
    public func all(limit: Int? = nil, on connection: MariaDBConnection) async throws -> [Row] {
        let order = orderTerms.map { "\($0.expression) \($0.ascending ? "ASC" : "DESC")" }.joined(separator: ", ")
        var binds = conditions.binds
        let source = unionBranches.isEmpty ? from : "(\(unionBranches.joined(separator: " UNION ALL "))) \(from)"
        var sql = "SELECT \(select) FROM \(source) \(conditions.sql) ORDER BY \(order)"
        if let limit {
            sql += " LIMIT ?"
            binds.append(limit)
        }
        return try await connection.query(sql, binds).map { try Row(row: $0) }
    }

    /// `(k0 > v0) OR (k0 = v0 AND k1 > v1) OR …`, with `<` for descending keys, flipped
    /// when reading before the cursor.
    static func keysetCondition(_ terms: [SortKey], _ values: [MariaDBValue], after: Bool) -> (String, [any MariaDBBindable]) {
        var alternatives: [String] = []
        var binds: [any MariaDBBindable] = []
        for index in terms.indices {
            var parts: [String] = []
            for equal in 0..<index {
                parts.append("\(terms[equal].expression) = ?")
                binds.append(values[equal])
            }
            let greater = terms[index].ascending == after
            parts.append("\(terms[index].expression) \(greater ? ">" : "<") ?")
            binds.append(values[index])
            alternatives.append("(" + parts.joined(separator: " AND ") + ")")
        }
        return ("(" + alternatives.joined(separator: " OR ") + ")", binds)
    }
}
