import struct Foundation.Data
import struct Foundation.Date
import struct Foundation.UUID

/// A Swift value that can be bound to a `?` placeholder of a prepared statement.
///
/// Conformances cover the types the domain stores; add one for a new type by mapping it to
/// a `MariaDBValue`. `Optional` binds nil as SQL NULL.
public protocol MariaDBBindable: Sendable {
    /// The SQL value to send for this Swift value.
    var mariaDBValue: MariaDBValue { get }
}

extension MariaDBValue: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { self }
}

extension Int64: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .int(self) }
}

extension Int: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .int(Int64(self)) }
}

extension Int32: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .int(Int64(self)) }
}

extension UInt64: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .uint(self) }
}

extension Bool: MariaDBBindable {
    /// Booleans are TINYINT(1): 1 or 0.
    public var mariaDBValue: MariaDBValue { .int(self ? 1 : 0) }
}

extension Double: MariaDBBindable {
    /// For FLOAT/DOUBLE columns (measurements, ratios) only; money binds as `ExactDecimal`
    /// or integer minor units.
    public var mariaDBValue: MariaDBValue { .double(self) }
}

extension String: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .string(self) }
}

extension Substring: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .string(String(self)) }
}

extension ExactDecimal: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .decimal(self) }
}

extension SQLDate: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .date(self) }
}

extension SQLDateTime: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .dateTime(self) }
}

extension Date: MariaDBBindable {
    /// Bound as a UTC DATETIME with microseconds.
    public var mariaDBValue: MariaDBValue { .dateTime(SQLDateTime(self)) }
}

extension UUID: MariaDBBindable {
    /// Bound as the lowercase 36-character text form, which MariaDB's native UUID type
    /// (10.7+) and CHAR(36) columns both accept. For BINARY(16) columns bind `uuidBytes`.
    public var mariaDBValue: MariaDBValue { .string(uuidString.lowercased()) }

    /// The 16 raw bytes, for BINARY(16) columns.
    public var uuidBytes: [UInt8] {
        withUnsafeBytes(of: uuid) { Array($0) }
    }
}

extension Array: MariaDBBindable where Element == UInt8 {
    /// Byte arrays are binary (BLOB / VARBINARY), never text.
    public var mariaDBValue: MariaDBValue { .bytes(self) }
}

extension Data: MariaDBBindable {
    public var mariaDBValue: MariaDBValue { .bytes(Array(self)) }
}

extension Optional: MariaDBBindable where Wrapped: MariaDBBindable {
    /// nil binds SQL NULL.
    public var mariaDBValue: MariaDBValue { self?.mariaDBValue ?? .null }
}
