import Testing
@testable import PortfolioDomain

@Suite struct BillingDefaultsTests {
    @Test func validatesDays() throws {
        let d = try BillingDefaults(cycle: .monthly, dueDay: 5, cutoffDay: 30)
        #expect(d.cutoffDate(in: month("2026-02")) == day("2026-02-28"))
        let e = domainError { _ = try BillingDefaults(dueDay: 0, cutoffDay: 32) }
        #expect(e?.fields.map(\.field) == ["defaultDueDay", "defaultCutoffDay"])
    }
}
