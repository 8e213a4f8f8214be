/// One row of a query result, decodable by column name or index.
public struct MariaDBRow: Sendable {
    /// The result's columns (shared by every row of the result).
    public let columnSet: MariaDBColumnSet
    /// The cells, in column order.
    public let values: [MariaDBValue]

    /// Creates a row; `values.count` must equal `columnSet.count`.
    public init(columnSet: MariaDBColumnSet, values: [MariaDBValue]) {
        precondition(columnSet.count == values.count, "a row needs one value per column")
        self.columnSet = columnSet
        self.values = values
    }

    /// The result's columns in order.
    public var columns: [MariaDBColumn] { columnSet.columns }

    /// The cell at `index` (0-based).
    public subscript(index: Int) -> MariaDBValue { values[index] }

    /// The cell of the column named `column`; nil when the result has no such column
    /// (a NULL cell is `.null`, not nil).
    public subscript(column: String) -> MariaDBValue? {
        columnSet.index(of: column).map { values[$0] }
    }

    /// Decodes the column named `column` as `T`.
    ///
    /// Throws `MariaDBDecodingError` naming the column and `T` when the column is missing,
    /// NULL (unless `T` is Optional) or of an incompatible type.
    public func decode<T: MariaDBDecodable>(_ column: String, as type: T.Type = T.self) throws(MariaDBDecodingError) -> T {
        guard let index = columnSet.index(of: column) else {
            throw MariaDBDecodingError(
                column: column, index: nil, sqlType: nil, swiftType: String(describing: T.self), value: nil,
                reason: .missingColumn)
        }
        return try decode(at: index, as: type)
    }

    /// Decodes the cell at `index` as `T`; see `decode(_:as:)`.
    public func decode<T: MariaDBDecodable>(at index: Int, as type: T.Type = T.self) throws(MariaDBDecodingError) -> T {
        guard values.indices.contains(index) else {
            throw MariaDBDecodingError(
                column: "#\(index)", index: nil, sqlType: nil, swiftType: String(describing: T.self), value: nil,
                reason: .missingColumn)
        }
        let value = values[index]
        if let decoded = T(mariaDBValue: value) { return decoded }
        let column = columnSet.columns[index]
        throw MariaDBDecodingError(
            column: column.name, index: index, sqlType: column.typeName, swiftType: String(describing: T.self),
            value: value.description, reason: value.isNull ? .unexpectedNull : .typeMismatch)
    }

    /// Decodes a DECIMAL (or integer) column straight into integer units of 10^-`scale`
    /// (e.g. cents for `scale: 2`), the domain's representation of money.
    ///
    /// Throws when the column is NULL, not numeric, has non-zero digits beyond `scale`, or
    /// overflows Int64.
    public func decodeScaled(_ column: String, scale: Int) throws(MariaDBDecodingError) -> Int64 {
        guard let value = try decodeScaledIfPresent(column, scale: scale) else {
            let index = columnSet.index(of: column)!
            throw MariaDBDecodingError(
                column: columnSet.columns[index].name, index: index, sqlType: columnSet.columns[index].typeName,
                swiftType: "Int64 (scale \(scale))", value: "NULL", reason: .unexpectedNull)
        }
        return value
    }

    /// Like `decodeScaled(_:scale:)`, but NULL decodes to nil.
    public func decodeScaledIfPresent(_ column: String, scale: Int) throws(MariaDBDecodingError) -> Int64? {
        let swiftType = "Int64 (scale \(scale))"
        guard let decimal = try decode(column, as: ExactDecimal?.self) else { return nil }
        do {
            return try decimal.scaledInt64(scale: scale)
        } catch {
            let index = columnSet.index(of: column)!
            throw MariaDBDecodingError(
                column: columnSet.columns[index].name, index: index, sqlType: columnSet.columns[index].typeName,
                swiftType: swiftType, value: decimal.description, reason: .scaling(error))
        }
    }
}
