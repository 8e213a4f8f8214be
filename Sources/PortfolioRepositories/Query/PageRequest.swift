/// Which slice of an ordered list to read, in Relay terms: the first `limit` rows after a
/// cursor, or the last `limit` rows before one.
public struct PageRequest: Sendable, Hashable {
    public enum Direction: Sendable, Hashable {
        /// `first`/`after`.
        case forward
        /// `last`/`before`.
        case backward
    }

    public let direction: Direction
    public let limit: Int
    /// The exclusive bound: rows after it (forward) or before it (backward); nil means from
    /// the start (forward) or the end (backward).
    public let cursor: KeysetCursor?

    public init(direction: Direction = .forward, limit: Int, cursor: KeysetCursor? = nil) {
        self.direction = direction
        self.limit = limit
        self.cursor = cursor
    }
}

/// One page of rows in list order, each with its cursor.
public struct RecordPage<Row: Sendable>: Sendable {
    public let rows: [Row]
    public let cursors: [KeysetCursor]
    public let hasNextPage: Bool
    public let hasPreviousPage: Bool

    public init(rows: [Row], cursors: [KeysetCursor], hasNextPage: Bool, hasPreviousPage: Bool) {
        self.rows = rows
        self.cursors = cursors
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
    }
}
