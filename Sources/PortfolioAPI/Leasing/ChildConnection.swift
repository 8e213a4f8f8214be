import GraphQLEngine
import PortfolioRepositories

/// A connection over a small child list already loaded in full by a batched loader (a
/// unit's leases or occupancy events): paged in memory, so a nested list costs one SQL per
/// nesting level instead of one per parent. Cursors are the row's sort key and id, compared
/// in list order (descending: both keys are ISO dates / canonical UUIDs, so text order is
/// their order).
enum ChildConnection {
    /// `rows` must already be in list order (newest first); `key` gives each row's
    /// (sort value, id) texts.
    static func page<Row: Sendable>(_ rows: [Row], _ arguments: ObjectValue, key: (Row) -> [String]) throws -> Connection {
        let request = try PagingArguments.read(arguments, keyCount: 2)
        let keyed = rows.map { (row: $0, key: key($0)) }
        // Descending list order: a row comes after the cursor when its key is smaller.
        var window = keyed[...]
        if let cursor = request.cursor {
            let bound = cursor.values.map { value -> String in
                if case .string(let text) = value { return text }
                return ""
            }
            switch request.direction {
            case .forward: window = window.filter { $0.key.lexicographicallyPrecedes(bound) }[...]
            case .backward: window = window.filter { bound.lexicographicallyPrecedes($0.key) }[...]
            }
        }
        let slice: ArraySlice<(row: Row, key: [String])>
        let more: Bool
        switch request.direction {
        case .forward:
            slice = window.prefix(request.limit)
            more = window.count > request.limit
        case .backward:
            slice = window.suffix(request.limit)
            more = window.count > request.limit
        }
        let edges = slice.map { Connection.Edge(cursor: KeysetCursor(values: $0.key.map { .string($0) }).encoded, node: $0.row) }
        let total = rows.count
        return Connection(
            edges: edges,
            hasNextPage: request.direction == .forward ? more : request.cursor != nil,
            hasPreviousPage: request.direction == .forward ? request.cursor != nil : more,
            totalCount: { total })
    }
}
