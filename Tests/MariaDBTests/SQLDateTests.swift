import MariaDB
import Testing

@Suite("SQLDate")
struct SQLDateTests {
    @Test("parses valid dates and prints YYYY-MM-DD")
    func parsing() throws {
        #expect(SQLDate("2024-02-29") == SQLDate(year: 2024, month: 2, day: 29))
        #expect(SQLDate(year: 7, month: 3, day: 1).description == "0007-03-01")
        #expect(SQLDate("2023-02-29") == nil)
        #expect(SQLDate("2024-13-01") == nil)
        #expect(SQLDate("2024-1-01") == nil)
    }

    @Test("days since the epoch round-trip", arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (2024, 2, 29, 19_782),
    ])
    func epochDays(year: Int, month: Int, day: Int, days: Int) {
        let date = SQLDate(year: year, month: month, day: day)
        #expect(date.daysSinceEpoch == days)
        #expect(SQLDate(daysSinceEpoch: days) == date)
    }
}
