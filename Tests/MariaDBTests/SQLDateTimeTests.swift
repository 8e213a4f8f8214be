import Foundation
import MariaDB
import Testing

@Suite("SQLDateTime")
struct SQLDateTimeTests {
    @Test("parses MariaDB and ISO 8601 forms with microseconds")
    func parsing() throws {
        let expected = SQLDateTime(year: 2024, month: 5, day: 1, hour: 12, minute: 30, second: 5, microsecond: 250_000)
        #expect(SQLDateTime("2024-05-01 12:30:05.25") == expected)
        #expect(SQLDateTime("2024-05-01T12:30:05.250000Z") == expected)
        #expect(expected.description == "2024-05-01 12:30:05.250000")
        #expect(expected.iso8601 == "2024-05-01T12:30:05.250000Z")
        #expect(SQLDateTime("2024-05-01 24:00:00") == nil)
    }

    @Test("converts to and from epoch microseconds and Foundation.Date")
    func conversions() throws {
        let instant = SQLDateTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 999_999)
        #expect(instant.microsecondsSinceEpoch == -1)
        #expect(SQLDateTime(microsecondsSinceEpoch: -1) == instant)
        let date = Date(timeIntervalSince1970: 1_700_000_000.123456)
        let converted = SQLDateTime(date)
        #expect(converted.microsecondsSinceEpoch / 1000 == 1_700_000_000_123)
        #expect(abs(converted.foundationDate.timeIntervalSince(date)) < 0.000_002)
    }

    @Test("Codable as ISO 8601 UTC")
    func codable() throws {
        let instant = SQLDateTime(year: 2025, month: 9, day: 1, hour: 8, minute: 5, second: 0, microsecond: 42)
        let json = try JSONEncoder().encode([instant])
        #expect(String(decoding: json, as: UTF8.self) == #"["2025-09-01T08:05:00.000042Z"]"#)
        #expect(try JSONDecoder().decode([SQLDateTime].self, from: json) == [instant])
    }
}
