import struct Foundation.Date

/// An instant in UTC with microsecond precision, as `DATETIME(6)` / `TIMESTAMP(6)` hold it.
///
/// Every session runs with `time_zone = '+00:00'`, so these components are UTC both for
/// DATETIME (which stores what it is given) and TIMESTAMP (which converts).
public struct SQLDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The UTC calendar day.
    public var date: SQLDate
    /// 0...23.
    public var hour: Int
    /// 0...59.
    public var minute: Int
    /// 0...59.
    public var second: Int
    /// 0...999_999.
    public var microsecond: Int

    /// Creates an instant from UTC components.
    public init(date: SQLDate, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
    }

    /// Creates an instant from UTC components.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        self.init(date: SQLDate(year: year, month: month, day: day), hour: hour, minute: minute, second: second, microsecond: microsecond)
    }

    /// The instant `microseconds` after 1970-01-01T00:00:00Z.
    public init(microsecondsSinceEpoch microseconds: Int64) {
        let perDay: Int64 = 86_400_000_000
        var days = microseconds / perDay
        var rest = microseconds % perDay
        if rest < 0 {
            rest += perDay
            days -= 1
        }
        self.init(
            date: SQLDate(daysSinceEpoch: Int(days)),
            hour: Int(rest / 3_600_000_000),
            minute: Int(rest / 60_000_000 % 60),
            second: Int(rest / 1_000_000 % 60),
            microsecond: Int(rest % 1_000_000))
    }

    /// Microseconds since 1970-01-01T00:00:00Z (negative before).
    public var microsecondsSinceEpoch: Int64 {
        let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return seconds * 1_000_000 + Int64(microsecond)
    }

    /// Converts a Foundation instant, truncating below microseconds (MariaDB's limit).
    public init(_ instant: Date) {
        let micros = (instant.timeIntervalSince1970 * 1_000_000).rounded(.down)
        self.init(microsecondsSinceEpoch: Int64(micros))
    }

    /// The same instant as a Foundation `Date` (Double seconds: fine for instants, never money).
    public var foundationDate: Date {
        let micros = microsecondsSinceEpoch
        return Date(timeIntervalSince1970: Double(micros / 1_000_000) + Double(micros % 1_000_000) / 1_000_000)
    }

    /// Parses `YYYY-MM-DD HH:MM:SS[.ffffff]` (also with `T` and a trailing `Z`), as UTC.
    public init?(_ text: some StringProtocol) {
        var text = Substring(text)
        if text.hasSuffix("Z") { text = text.dropLast() }
        guard let separator = text.firstIndex(where: { $0 == " " || $0 == "T" }),
              let date = SQLDate(text[..<separator]) else { return nil }
        var time = text[text.index(after: separator)...]
        var microsecond = 0
        if let dot = time.firstIndex(of: ".") {
            let fraction = time[time.index(after: dot)...]
            guard (1...6).contains(fraction.count), fraction.allSatisfy(\.isASCII), let value = Int(fraction) else { return nil }
            microsecond = value * Int(pow10(6 - fraction.count))
            time = time[..<dot]
        }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2]),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second, microsecond: microsecond)
    }

    /// `YYYY-MM-DD HH:MM:SS.ffffff` (MariaDB's literal form).
    public var description: String {
        "\(date) \(SQLDate.pad(hour, 2)):\(SQLDate.pad(minute, 2)):\(SQLDate.pad(second, 2)).\(SQLDate.pad(microsecond, 6))"
    }

    /// ISO 8601 in UTC, e.g. `2024-05-01T12:00:00.250000Z`, for APIs.
    public var iso8601: String {
        "\(date)T\(SQLDate.pad(hour, 2)):\(SQLDate.pad(minute, 2)):\(SQLDate.pad(second, 2)).\(SQLDate.pad(microsecond, 6))Z"
    }

    public static func < (lhs: SQLDateTime, rhs: SQLDateTime) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }
}

private func pow10(_ exponent: Int) -> Int64 {
    var result: Int64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
}

extension SQLDateTime: Codable {
    /// Decodes `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (or the space-separated MariaDB form).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = SQLDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UTC date-time: \(text)"))
        }
        self = value
    }

    /// Encodes as ISO 8601 UTC with microseconds (`iso8601`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
