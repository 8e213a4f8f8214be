/// The wire type of a result column (MariaDB's `enum_field_types`), kept as a small
/// value so error messages can name it without exposing the C enum.
public struct MariaDBColumnType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The `enum_field_types` number.
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    // The wire types, named after MariaDB's MYSQL_TYPE_* constants.

    /// MYSQL_TYPE_DECIMAL (old DECIMAL).
    public static let decimal = MariaDBColumnType(rawValue: 0)
    public static let tiny = MariaDBColumnType(rawValue: 1)
    public static let short = MariaDBColumnType(rawValue: 2)
    public static let long = MariaDBColumnType(rawValue: 3)
    public static let float = MariaDBColumnType(rawValue: 4)
    public static let double = MariaDBColumnType(rawValue: 5)
    public static let null = MariaDBColumnType(rawValue: 6)
    public static let timestamp = MariaDBColumnType(rawValue: 7)
    public static let longLong = MariaDBColumnType(rawValue: 8)
    public static let int24 = MariaDBColumnType(rawValue: 9)
    public static let date = MariaDBColumnType(rawValue: 10)
    public static let time = MariaDBColumnType(rawValue: 11)
    public static let dateTime = MariaDBColumnType(rawValue: 12)
    public static let year = MariaDBColumnType(rawValue: 13)
    public static let newDate = MariaDBColumnType(rawValue: 14)
    public static let varchar = MariaDBColumnType(rawValue: 15)
    public static let bit = MariaDBColumnType(rawValue: 16)
    public static let json = MariaDBColumnType(rawValue: 245)
    public static let newDecimal = MariaDBColumnType(rawValue: 246)
    public static let `enum` = MariaDBColumnType(rawValue: 247)
    public static let set = MariaDBColumnType(rawValue: 248)
    public static let tinyBlob = MariaDBColumnType(rawValue: 249)
    public static let mediumBlob = MariaDBColumnType(rawValue: 250)
    public static let longBlob = MariaDBColumnType(rawValue: 251)
    public static let blob = MariaDBColumnType(rawValue: 252)
    public static let varString = MariaDBColumnType(rawValue: 253)
    public static let string = MariaDBColumnType(rawValue: 254)
    public static let geometry = MariaDBColumnType(rawValue: 255)

    /// True for every integer wire type (TINYINT ... BIGINT, YEAR).
    public var isInteger: Bool {
        [Self.tiny, .short, .long, .longLong, .int24, .year].contains(self)
    }

    /// True for DECIMAL / NUMERIC.
    public var isDecimal: Bool { self == .decimal || self == .newDecimal }

    /// True for DATE, DATETIME and TIMESTAMP.
    public var isTemporal: Bool { [Self.date, .newDate, .dateTime, .timestamp].contains(self) }

    /// True for types sent as a length-prefixed byte string (text, blobs, DECIMAL, JSON, BIT...).
    public var isByteString: Bool {
        !isInteger && !isTemporal && self != .float && self != .double && self != .time && self != .null
    }

    /// The SQL name, e.g. `BIGINT` or `DECIMAL`.
    public var description: String {
        switch rawValue {
        case 0, 246: "DECIMAL"
        case 1: "TINYINT"
        case 2: "SMALLINT"
        case 3: "INT"
        case 4: "FLOAT"
        case 5: "DOUBLE"
        case 6: "NULL"
        case 7: "TIMESTAMP"
        case 8: "BIGINT"
        case 9: "MEDIUMINT"
        case 10, 14: "DATE"
        case 11: "TIME"
        case 12: "DATETIME"
        case 13: "YEAR"
        case 15, 253: "VARCHAR"
        case 16: "BIT"
        case 245: "JSON"
        case 247: "ENUM"
        case 248: "SET"
        case 249, 250, 251, 252: "BLOB"
        case 254: "CHAR"
        case 255: "GEOMETRY"
        default: "TYPE(\(rawValue))"
        }
    }
}
