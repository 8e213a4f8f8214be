/// One SQL value travelling to or from the server: a bound parameter or a result cell.
///
/// Binary and text are distinct cases because a BLOB may hold any bytes (zeros included)
/// while text is always valid UTF-8. There is no floating-point case for money: DECIMAL
/// columns arrive as `.decimal`. `.double` exists only for FLOAT/DOUBLE columns.
public enum MariaDBValue: Sendable, Hashable, CustomStringConvertible {
    /// SQL NULL.
    case null
    /// A signed integer (TINYINT through BIGINT, BOOL, YEAR, BIT up to 63 bits).
    case int(Int64)
    /// An unsigned BIGINT above Int64.max, or any UNSIGNED integer column.
    case uint(UInt64)
    /// A FLOAT or DOUBLE column (never used for money).
    case double(Double)
    /// An exact DECIMAL/NUMERIC value.
    case decimal(ExactDecimal)
    /// Text (CHAR, VARCHAR, TEXT, ENUM, SET, JSON, UUID, INET6) as UTF-8.
    case string(String)
    /// Binary data (BINARY, VARBINARY, BLOB, BIT, GEOMETRY).
    case bytes([UInt8])
    /// A DATE.
    case date(SQLDate)
    /// A DATETIME or TIMESTAMP, in UTC.
    case dateTime(SQLDateTime)
    /// A TIME value as signed microseconds (TIME is a duration, up to ±838 hours).
    case time(microseconds: Int64)

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A short rendering for logs and error messages (long values are truncated).
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .int(let value): return String(value)
        case .uint(let value): return String(value)
        case .double(let value): return String(value)
        case .decimal(let value): return value.description
        case .string(let value):
            return value.count > 64 ? "'\(value.prefix(64))…' (\(value.utf8.count) bytes)" : "'\(value)'"
        case .bytes(let value): return "<\(value.count) bytes>"
        case .date(let value): return value.description
        case .dateTime(let value): return value.description
        case .time(let micros): return "TIME(\(micros)µs)"
        }
    }
}

extension MariaDBValue: ExpressibleByNilLiteral, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .int(value ? 1 : 0) }
}
