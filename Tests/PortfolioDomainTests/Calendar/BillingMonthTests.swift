import Testing
@testable import PortfolioDomain

@Suite struct BillingMonthTests {
    @Test func parsesAndDescribes() throws {
        let m = try BillingMonth(parsing: "2026-02")
        #expect((m.year, m.month) == (2026, 2))
        #expect(m.description == "2026-02")
        #expect(m.firstDay == day("2026-02-01"))
        #expect(m.lastDay == day("2026-02-28"))
        #expect(m.daysInMonth == 28)
        #expect(month("2024-02").daysInMonth == 29)
        #expect(month("2026-04").daysInMonth == 30)
    }

    @Test(arguments: ["2026-13", "2026-00", "2026-1", "2026/01", "202601", "", "abcd-ef", "0000-01"])
    func rejectsInvalidMonths(text: String) {
        #expect(domainError { _ = try BillingMonth(parsing: text) }?.code == ErrorCode.invalidMonth)
    }

    @Test func nextAndPrevious() throws {
        #expect(try month("2025-12").next() == month("2026-01"))
        #expect(try month("2026-01").previous() == month("2025-12"))
        #expect(try month("2026-03").adding(months: 13) == month("2027-04"))
        #expect(try month("2026-03").adding(months: -15) == month("2024-12"))
        #expect(domainError { _ = try month("9999-12").next() } != nil)
    }

    @Test func clampsDays() {
        #expect(month("2026-02").clampedDay(31) == day("2026-02-28"))
        #expect(month("2024-02").clampedDay(30) == day("2024-02-29"))
        #expect(month("2026-04").clampedDay(31) == day("2026-04-30"))
        #expect(month("2026-04").clampedDay(0) == day("2026-04-01"))
        #expect(month("2026-04").contains(day("2026-04-30")))
        #expect(!month("2026-04").contains(day("2026-05-01")))
        #expect(day("2026-04-30").billingMonth == month("2026-04"))
    }
}
