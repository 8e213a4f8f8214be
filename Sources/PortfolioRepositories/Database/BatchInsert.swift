import MariaDB

/// Inserts many rows with few round trips: one multi-row prepared `INSERT` per chunk.
/// For bulk writers (demo data, bulk unit creation, month generation).
public struct BatchInsert: Sendable {
    public let table: String
    public let columns: [String]
    /// Rows per statement; MariaDB allows 65,535 placeholders per statement.
    public let rowsPerStatement: Int

    public init(table: String, columns: [String], rowsPerStatement: Int = 500) {
        precondition(!columns.isEmpty && columns.count * rowsPerStatement <= 65_535)
        self.table = table
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
    }

    /// Inserts `rows` (each with one value per column, in column order); returns the count.
    @discardableResult
    public func run(_ rows: [[any MariaDBBindable]], on connection: MariaDBConnection) async throws -> Int {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            let placeholders = "(" + SQLPlaceholders.list(columns.count) + ")"
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: placeholders, count: chunk.count).joined(separator: ", ")
            var binds: [any MariaDBBindable] = []
            binds.reserveCapacity(chunk.count * columns.count)
            for row in chunk {
                precondition(row.count == columns.count, "\(table): a row needs \(columns.count) values")
                binds.append(contentsOf: row)
            }
            try await connection.execute(sql, binds)
            start += chunk.count
        }
        return rows.count
    }
}
