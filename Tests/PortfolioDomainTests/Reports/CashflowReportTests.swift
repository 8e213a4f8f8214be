import Testing
@testable import PortfolioDomain

@Suite struct CashflowReportTests {
    func entry(_ b: String, _ d: CashflowEntry.Direction, _ cat: String, _ date: String, _ amount: String) -> CashflowEntry {
        CashflowEntry(buildingId: EntityID(b), direction: d, category: cat, date: day(date), amount: usd(amount))
    }

    @Test func totalsPerBuildingAndCategory() throws {
        let r = try CashflowReport(month: month("2026-03"), currency: .usd, entries: [
            entry("2", .income, "RENT", "2026-03-01", "1000"),
            entry("10", .income, "RENT", "2026-03-31", "1500"),
            entry("2", .income, "UTILITY", "2026-03-15", "80"),
            entry("2", .expense, "repairs", "2026-03-20", "300"),
            entry("10", .expense, "DEPOSIT_REFUND", "2026-03-05", "500"),
            entry("2", .income, "RENT", "2026-04-01", "9999"),   // other month
            entry("2", .expense, "repairs", "2026-02-28", "9999"), // other month
        ])
        #expect(r.totals.income == usd("2580"))
        #expect(r.totals.expenses == usd("800"))
        #expect(r.totals.net == usd("1780"))
        #expect(r.buildings.map(\.buildingId) == ["2", "10"])
        #expect(r.buildings.map(\.totals.net) == [usd("780"), usd("1000")])
        #expect(r.categories.map(\.category) == ["RENT", "UTILITY", "DEPOSIT_REFUND", "repairs"])
        #expect(r.categories.map(\.amount) == [usd("2500"), usd("80"), usd("500"), usd("300")])
    }

    @Test func partsAddUpToTotalsProperty() throws {
        try forAllCases(300) { rng, seed in
            let entries = (0..<Int.random(in: 0...50, using: &rng)).map { _ in
                CashflowEntry(buildingId: EntityID("B\(Int.random(in: 1...4, using: &rng))"),
                              direction: Bool.random(using: &rng) ? .income : .expense,
                              category: ["RENT", "UTILITY", "repairs", "tax"].randomElement(using: &rng)!,
                              date: try! day("2026-02-20").adding(days: Int.random(in: 0...40, using: &rng)),
                              amount: cents(Int64.random(in: 1...1_000_000, using: &rng)))
            }
            let r = try CashflowReport(month: month("2026-03"), currency: .usd, entries: entries)
            #expect(try Money.sum(r.buildings.map(\.totals.income), currency: .usd) == r.totals.income, "seed \(seed)")
            #expect(try Money.sum(r.buildings.map(\.totals.expenses), currency: .usd) == r.totals.expenses, "seed \(seed)")
            #expect(try Money.sum(r.categories.filter { $0.direction == .income }.map(\.amount), currency: .usd) == r.totals.income, "seed \(seed)")
            #expect(try r.totals.income.subtracting(r.totals.expenses) == r.totals.net, "seed \(seed)")
        }
    }
}
