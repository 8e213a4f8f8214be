import Testing
@testable import PortfolioDomain

@Suite struct LocalDateTests {
    @Test func parsesAndPrints() throws {
        let d = try LocalDate(parsing: "2024-02-29")
        #expect((d.year, d.month, d.day) == (2024, 2, 29))
        #expect(d.description == "2024-02-29")
        #expect(try LocalDate(year: 5, month: 1, day: 9).description == "0005-01-09")
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01",
                      "2024/01/01", "20240101", "", "0000-01-01", "2024-01-1 ", "２０２４-01-01"])
    func rejectsInvalidDates(text: String) {
        let e = domainError { _ = try LocalDate(parsing: text, field: "startDate") }
        #expect(e?.code == ErrorCode.invalidDate)
        #expect(e?.fields.first?.field == "startDate")
    }

    @Test func leapYears() throws {
        #expect(Gregorian.isLeapYear(2000))
        #expect(!Gregorian.isLeapYear(1900))
        #expect(Gregorian.isLeapYear(2024))
        #expect(!Gregorian.isLeapYear(2023))
        #expect(try LocalDate(parsing: "2000-02-29").day == 29)
    }

    @Test func dayArithmetic() throws {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2000-03-01").dayNumber == 11_017)
        #expect(try day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(try day("2023-02-28").adding(days: 1) == day("2023-03-01"))
        #expect(try day("2025-12-31").adding(days: 1) == day("2026-01-01"))
        #expect(try day("2026-01-01").adding(days: -1) == day("2025-12-31"))
        #expect(day("2026-01-31").days(until: day("2026-03-01")) == 29)
        #expect(day("2026-03-01").days(until: day("2026-01-31")) == -29)
        #expect(domainError { _ = try day("9999-12-31").adding(days: 1) } != nil)
    }

    @Test func dayNumberAgreesWithStepwiseCountingProperty() throws {
        // Walk every day from 1899-12-25 for 60 years and check the closed-form numbering.
        var expected = day("1899-12-25").dayNumber
        var (y, m, d) = (1899, 12, 25)
        for _ in 0..<(366 * 60) {
            let date = try LocalDate(year: y, month: m, day: d)
            #expect(date.dayNumber == expected)
            #expect(try LocalDate(dayNumber: expected) == date)
            expected += 1
            d += 1
            if d > Gregorian.daysInMonth(year: y, month: m) { d = 1; m += 1 }
            if m > 12 { m = 1; y += 1 }
        }
    }

    @Test func orderingFollowsDayNumberProperty() {
        forAllCases(1000) { rng, seed in
            let a = randomDate(&rng), b = randomDate(&rng)
            #expect((a < b) == (a.dayNumber < b.dayNumber), "seed \(seed)")
            #expect(a.days(until: b) == -b.days(until: a), "seed \(seed)")
            #expect((try? a.adding(days: a.days(until: b))) == b, "seed \(seed)")
        }
    }
}
