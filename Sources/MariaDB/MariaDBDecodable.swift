import struct Foundation.Data
import struct Foundation.Date
import struct Foundation.UUID

/// A Swift type a result cell can decode into.
///
/// Conversions are strict on purpose: an integer never silently truncates, a DECIMAL never
/// becomes a Double, and text is never guessed into a number. When `init?(mariaDBValue:)`
/// returns nil, `MariaDBRow` reports a `MariaDBDecodingError` naming the column.
public protocol MariaDBDecodable: Sendable {
    /// Converts a cell; nil when the value cannot represent this type (NULL included,
    /// except for `Optional`, which maps NULL to `nil`).
    init?(mariaDBValue: MariaDBValue)
}

extension MariaDBValue: MariaDBDecodable {
    /// The raw value, never failing (NULL included).
    public init?(mariaDBValue: MariaDBValue) { self = mariaDBValue }
}

extension Optional: MariaDBDecodable where Wrapped: MariaDBDecodable {
    /// NULL decodes to nil; any other value must decode as `Wrapped`.
    public init?(mariaDBValue: MariaDBValue) {
        if case .null = mariaDBValue {
            self = .none
            return
        }
        guard let wrapped = Wrapped(mariaDBValue: mariaDBValue) else { return nil }
        self = .some(wrapped)
    }
}

extension Int64: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .int(let value): self = value
        case .uint(let value):
            guard let exact = Int64(exactly: value) else { return nil }
            self = exact
        case .decimal(let value):
            guard let exact = try? value.scaledInt64(scale: 0) else { return nil }
            self = exact
        default: return nil
        }
    }
}

extension Int: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        guard let wide = Int64(mariaDBValue: mariaDBValue), let exact = Int(exactly: wide) else { return nil }
        self = exact
    }
}

extension Int32: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        guard let wide = Int64(mariaDBValue: mariaDBValue), let exact = Int32(exactly: wide) else { return nil }
        self = exact
    }
}

extension UInt64: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .uint(let value): self = value
        case .int(let value):
            guard let exact = UInt64(exactly: value) else { return nil }
            self = exact
        default: return nil
        }
    }
}

extension Bool: MariaDBDecodable {
    /// TINYINT(1)/BOOL: 0 is false, 1 is true; BIT(1) bytes 0x00/0x01 too. Other numbers fail.
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .int(0), .uint(0): self = false
        case .int(1), .uint(1): self = true
        case .bytes(let bytes) where bytes == [0]: self = false
        case .bytes(let bytes) where bytes == [1]: self = true
        default: return nil
        }
    }
}

extension Double: MariaDBDecodable {
    /// Only FLOAT/DOUBLE columns decode as Double; DECIMAL (money) never does.
    public init?(mariaDBValue: MariaDBValue) {
        guard case .double(let value) = mariaDBValue else { return nil }
        self = value
    }
}

extension String: MariaDBDecodable {
    /// Text columns (CHAR, VARCHAR, TEXT, JSON, ENUM, UUID...), and binary columns whose
    /// bytes are valid UTF-8.
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .string(let value): self = value
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
            self = text
        default: return nil
        }
    }
}

extension ExactDecimal: MariaDBDecodable {
    /// DECIMAL columns, and integer columns (as scale 0).
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .decimal(let value): self = value
        case .int(let value): self = ExactDecimal(significand: value, scale: 0)
        case .uint(let value):
            guard let parsed = ExactDecimal(String(value)) else { return nil }
            self = parsed
        default: return nil
        }
    }
}

extension SQLDate: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        guard case .date(let value) = mariaDBValue else { return nil }
        self = value
    }
}

extension SQLDateTime: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        guard case .dateTime(let value) = mariaDBValue else { return nil }
        self = value
    }
}

extension Date: MariaDBDecodable {
    /// DATETIME/TIMESTAMP read as UTC instants.
    public init?(mariaDBValue: MariaDBValue) {
        guard case .dateTime(let value) = mariaDBValue else { return nil }
        self = value.foundationDate
    }
}

extension UUID: MariaDBDecodable {
    /// Native UUID and CHAR(36) columns (36-character text) and BINARY(16) columns.
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .string(let text):
            guard let uuid = UUID(uuidString: text) else { return nil }
            self = uuid
        case .bytes(let bytes) where bytes.count == 16:
            self = UUID(uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        case .bytes(let bytes) where bytes.count == 36:
            guard let text = String(validating: bytes, as: UTF8.self), let uuid = UUID(uuidString: text) else { return nil }
            self = uuid
        default: return nil
        }
    }
}

extension Array: MariaDBDecodable where Element == UInt8 {
    /// Binary columns as raw bytes; text columns as their UTF-8 bytes.
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .bytes(let bytes): self = bytes
        case .string(let text): self = Array(text.utf8)
        default: return nil
        }
    }
}

extension Data: MariaDBDecodable {
    public init?(mariaDBValue: MariaDBValue) {
        guard let bytes = [UInt8](mariaDBValue: mariaDBValue) else { return nil }
        self = Data(bytes)
    }
}
