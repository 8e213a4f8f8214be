/// A result cell that could not become the requested Swift type.
///
/// The message names the column, its SQL type, the Swift type and the reason, so a wrong
/// mapping in a repository is found from the error alone.
public struct MariaDBDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why decoding failed.
    public enum Reason: Sendable, Hashable {
        /// The result has no column with that name (or the index is out of range).
        case missingColumn
        /// The cell is NULL and the Swift type is not Optional.
        case unexpectedNull
        /// The cell's value does not fit the Swift type (wrong kind, out of range, bad text).
        case typeMismatch
        /// Scaling a DECIMAL to integer minor units failed (rounding or overflow).
        case scaling(ExactDecimalConversionError)
    }

    /// The column name (or `#index` when decoding by an index that does not exist).
    public let column: String
    /// The column's position in the result; nil when no such column exists.
    public let index: Int?
    /// The column's SQL type name; nil when no such column exists.
    public let sqlType: String?
    /// The requested Swift type, e.g. `Int64` or `Optional<String>`.
    public let swiftType: String
    /// A short rendering of the offending value; nil when no such column exists.
    public let value: String?
    /// Why decoding failed.
    public let reason: Reason

    /// Creates a decoding error.
    public init(column: String, index: Int?, sqlType: String?, swiftType: String, value: String?, reason: Reason) {
        self.column = column
        self.index = index
        self.sqlType = sqlType
        self.swiftType = swiftType
        self.value = value
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missingColumn:
            return "cannot decode column '\(column)' as \(swiftType): the result has no such column"
        case .unexpectedNull:
            return "cannot decode column '\(column)' (\(sqlType ?? "?")) as \(swiftType): the value is NULL; decode as Optional<\(swiftType)> if NULL is allowed"
        case .typeMismatch:
            return "cannot decode column '\(column)' (\(sqlType ?? "?")) as \(swiftType): value \(value ?? "?") does not convert"
        case .scaling(let error):
            return "cannot decode column '\(column)' (\(sqlType ?? "?")) as \(swiftType): \(error)"
        }
    }
}
