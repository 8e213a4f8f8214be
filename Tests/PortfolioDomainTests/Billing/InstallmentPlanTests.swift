import Testing
@testable import PortfolioDomain

@Suite struct InstallmentPlanTests {
    @Test func splitsAmountAndDates() throws {
        let plan = try InstallmentPlan(total: usd("1000"), count: 3, firstDueOn: day("2026-01-31"))
        #expect(plan.installments.map(\.amount) == [usd("333.34"), usd("333.33"), usd("333.33")])
        #expect(plan.installments.map(\.dueOn) == [day("2026-01-31"), day("2026-02-28"), day("2026-03-31")])
        #expect(plan.installments.map(\.number) == [1, 2, 3])
    }

    @Test func rejectsBadInput() {
        #expect(domainError { _ = try InstallmentPlan(total: usd("0"), count: 3, firstDueOn: day("2026-01-01")) }?.fields.first?.field == "amount")
        #expect(domainError { _ = try InstallmentPlan(total: usd("10"), count: 0, firstDueOn: day("2026-01-01")) }?.fields.first?.field == "count")
        #expect(domainError { _ = try InstallmentPlan(total: usd("10"), count: 121, firstDueOn: day("2026-01-01")) }?.fields.first?.field == "count")
        #expect(domainError { _ = try InstallmentPlan(total: usd("0.02"), count: 3, firstDueOn: day("2026-01-01")) }?.code == ErrorCode.outOfRange)
    }

    @Test func installmentsSumToTotalProperty() throws {
        try forAllCases(500) { rng, seed in
            let count = Int.random(in: 1...120, using: &rng)
            let total = cents(Int64.random(in: Int64(count)...1_000_000_000, using: &rng))
            let first = randomDate(&rng)
            let plan = try InstallmentPlan(total: total, count: count, firstDueOn: first)
            #expect(plan.installments.count == count, "seed \(seed)")
            #expect(try Money.sum(plan.installments.map(\.amount), currency: .usd) == total, "seed \(seed)")
            #expect(plan.installments.allSatisfy { $0.amount.isPositive }, "seed \(seed)")
            let dates = plan.installments.map(\.dueOn)
            #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 }, "seed \(seed)")
            #expect(dates.allSatisfy { $0.day == min(first.day, $0.billingMonth.daysInMonth) }, "seed \(seed)")
        }
    }
}
