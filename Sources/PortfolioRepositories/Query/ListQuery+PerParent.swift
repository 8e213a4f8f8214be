import Foundation
import MariaDB
import PortfolioDomain

/// Ordering-tagged pages, and the pages of many parents read at once.
///
/// A child connection (`Lease.charges` under a page of leases) asks the same list for
/// every parent of an execution level; `pages(partitionedBy:…)` answers all of them with one
/// statement (`ROW_NUMBER() OVER (PARTITION BY parent …)`) and `counts(partitionedBy:…)`
/// counts them with one grouped `COUNT`, so the nested list costs the same number of
/// statements for 5 parents as for 50.
extension ListQuery {
    /// A short, stable name of this list's ordering (sort expressions, directions, id
    /// tie-breaker). Cursors made by `taggedPage` and `pages(partitionedBy:…)` carry it, and
    /// both refuse a cursor with another tag: its values belong to other columns (a due date
    /// compared with an amount) and would silently skip or repeat rows. FNV-1a, not
    /// `Hasher`, so the tag is the same in every process (cursors outlive a server).
    public var orderTag: String {
        let text = orderTerms.map { "\($0.expression) \($0.ascending ? "ASC" : "DESC")" }.joined(separator: ",")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 36)
    }

    /// Text that identifies the list's rows and order (SQL and bound values), to key a
    /// per-request loader: two fields asking the same list share one batch. Values are
    /// written in full with their type, so different filters never share a key.
    public var signature: String {
        let values = conditions.binds.map { bind -> String in
            switch bind.mariaDBValue {
            case .null: "n"
            case .int(let number): "i\(number)"
            case .uint(let number): "u\(number)"
            case .double(let number): "f\(number)"
            case .decimal(let number): "d\(number)"
            case .string(let text): "s\(text.utf8.count):\(text)"
            case .bytes(let bytes): "b" + bytes.map { String(format: "%02x", $0) }.joined()
            case .date(let date): "D\(date)"
            case .dateTime(let instant): "T\(instant)"
            case .time(let micros): "t\(micros)"
            }
        }
        return [select, from, conditions.sql, orderTag].joined(separator: "|") + "|" + values.joined(separator: "\u{1F}")
    }

    /// `page`, with cursors tagged by `orderTag`; a cursor of another ordering (or an
    /// untagged one) is refused with BAD_USER_INPUT naming `after` (forward) or `before`.
    public func taggedPage(_ request: PageRequest, on connection: MariaDBConnection) async throws -> RecordPage<Row> {
        try checkTag(request)
        return tagged(try await page(request, on: connection))
    }

    /// One page per parent: for every UUID in `parents`, the rows whose `parent` expression
    /// (e.g. `c.lease_id`) equals it, paged by `request` exactly as `page` pages the whole
    /// list, in one statement. Keyed by lower-case parent id; every well-formed parent has an
    /// entry (an empty page when it has no rows), malformed ones none. Cursors are tagged.
    public func pages(
        partitionedBy parent: String, parents: [String], _ request: PageRequest, on connection: MariaDBConnection
    ) async throws -> [String: RecordPage<Row>] {
        try checkTag(request)
        let uuids = Array(Set(parents.compactMap { UUID(uuidString: $0) }))
        guard !uuids.isEmpty else { return [:] }
        let terms = orderTerms
        let backward = request.direction == .backward
        var where_ = conditions
        where_.add(parent, in: uuids)
        if let cursor = request.cursor {
            let (sql, binds) = Self.keysetCondition(terms, cursor.values, after: !backward)
            where_.add(sql, values: binds)
        }
        let order = terms.map { "\($0.expression) \($0.ascending != backward ? "ASC" : "DESC")" }.joined(separator: ", ")
        let keys = terms.enumerated().map { "\($0.element.expression) AS _k\($0.offset)" }.joined(separator: ", ")
        // Numbered per parent in page order; the outer query keeps limit + 1 of each parent
        // (the extra row answers hasNextPage / hasPreviousPage, as in `page`).
        let rows = try await connection.query(
            """
            SELECT * FROM (
              SELECT \(select), \(keys), \(parent) AS _parent, ROW_NUMBER() OVER (PARTITION BY \(parent) ORDER BY \(order)) AS _rn
              FROM \(from) \(where_.sql)
            ) _pp WHERE _pp._rn <= ? ORDER BY _pp._parent, _pp._rn
            """,
            where_.binds + [request.limit + 1])
        var grouped: [String: [MariaDBRow]] = [:]
        for row in rows {
            let key: String = try row.decode("_parent")
            grouped[key.lowercased(), default: []].append(row)
        }
        var pages: [String: RecordPage<Row>] = [:]
        for id in uuids {
            let key = id.uuidString.lowercased()
            pages[key] = try assemble(grouped[key] ?? [], request, keyCount: terms.count)
        }
        return pages
    }

    /// How many rows of each parent match the conditions (one grouped `COUNT`), keyed by
    /// lower-case parent id; a well-formed parent without rows counts 0.
    public func counts(partitionedBy parent: String, parents: [String], on connection: MariaDBConnection) async throws -> [String: Int] {
        let uuids = Array(Set(parents.compactMap { UUID(uuidString: $0) }))
        guard !uuids.isEmpty else { return [:] }
        var where_ = conditions
        where_.add(parent, in: uuids)
        let rows = try await connection.query(
            "SELECT \(parent) AS _parent, COUNT(*) AS total FROM \(from) \(where_.sql) GROUP BY \(parent)", where_.binds)
        var counts = Dictionary(uniqueKeysWithValues: uuids.map { ($0.uuidString.lowercased(), 0) })
        for row in rows {
            let key: String = try row.decode("_parent")
            counts[key.lowercased()] = try row.decode("total")
        }
        return counts
    }

    /// Refuses a cursor made in another ordering.
    func checkTag(_ request: PageRequest) throws {
        guard let cursor = request.cursor, cursor.tag != orderTag else { return }
        throw DomainError.invalid(
            request.direction == .forward ? "after" : "before", ErrorCode.invalidFormat,
            "Not a cursor of this list in this order")
    }

    /// The page with every cursor tagged by `orderTag`.
    func tagged(_ page: RecordPage<Row>) -> RecordPage<Row> {
        let tag = orderTag
        return RecordPage(
            rows: page.rows, cursors: page.cursors.map { KeysetCursor(values: $0.values, tag: tag) },
            hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage)
    }

    /// A page from the rows read in page order (`limit + 1` at most), as `page` builds it.
    func assemble(_ rows: [MariaDBRow], _ request: PageRequest, keyCount: Int) throws -> RecordPage<Row> {
        let backward = request.direction == .backward
        let more = rows.count > request.limit
        var kept = Array(rows.prefix(request.limit))
        if backward { kept.reverse() }
        let tag = orderTag
        return RecordPage(
            rows: try kept.map { try Row(row: $0) },
            cursors: kept.map { row in KeysetCursor(values: (0..<keyCount).map { row["_k\($0)"] ?? .null }, tag: tag) },
            hasNextPage: backward ? request.cursor != nil : more,
            hasPreviousPage: backward ? more : request.cursor != nil)
    }
}
