import Testing
@testable import PortfolioDomain

@Suite struct DepositSettlementTests {
    @Test func fullSettlementRefundsTheRest() throws {
        let s = try DepositSettlement(held: usd("3000"), deductions: [
            .init(reason: "Broken window", amount: usd("250")), .init(reason: "Cleaning", amount: usd("80.50")),
        ], refund: nil)
        #expect(s.totalDeductions == usd("330.50"))
        #expect(s.refund == usd("2669.50"))
        #expect(s.remainingHeld == usd("0"))
    }

    @Test func partialRefundKeepsTheRestHeld() throws {
        let s = try DepositSettlement(held: usd("1000"), deductions: [], refund: usd("400"))
        #expect(s.remainingHeld == usd("600"))
        #expect(try DepositSettlement(held: usd("1000"), deductions: [.init(reason: "x", amount: usd("0"))], refund: usd("1000")).remainingHeld == usd("0"))
    }

    @Test func refundNeverExceedsHeld() {
        let e = domainError { _ = try DepositSettlement(held: usd("1000"), deductions: [.init(reason: "Paint", amount: usd("100"))], refund: usd("901")) }
        #expect(e?.code == ErrorCode.exceedsHeld)
        #expect(e?.fields.first?.field == "refundAmount")
        #expect(domainError { _ = try DepositSettlement(held: usd("100"), deductions: [.init(reason: "Paint", amount: usd("101"))], refund: nil) }?.fields.first?.field == "deductions")
    }

    @Test func deductionsMustBeNonNegativeWithAReason() {
        let e = domainError { _ = try DepositSettlement(held: usd("100"), deductions: [.init(reason: "", amount: usd("-1"))], refund: nil) }
        #expect(e?.fields.map(\.field) == ["deductions[0].reason", "deductions[0].amount"])
        #expect(domainError { _ = try DepositSettlement(held: usd("100"), deductions: [], refund: usd("-1")) }?.code == ErrorCode.mustNotBeNegative)
    }

    @Test func heldIsReceivedMinusSettled() throws {
        #expect(try DepositSettlement.held(received: [usd("1000"), usd("500")], settledOut: [usd("200")], currency: .usd) == usd("1300"))
    }

    @Test func settlementNeverExceedsHeldProperty() throws {
        var accepted = 0
        try forAllCases(1000) { rng, seed in
            let held = cents(Int64.random(in: 0...500_000, using: &rng))
            let deductions = (0..<Int.random(in: 0...4, using: &rng)).map { i in
                DepositSettlement.Deduction(reason: "d\(i)", amount: cents(Int64.random(in: -100...200_000, using: &rng)))
            }
            let refund: Money? = Bool.random(using: &rng) ? nil : cents(Int64.random(in: -100...500_000, using: &rng))
            if let s = try? DepositSettlement(held: held, deductions: deductions, refund: refund) {
                accepted += 1
                #expect(!s.refund.isNegative && !s.remainingHeld.isNegative, "seed \(seed)")
                let accounted = try s.refund.adding(s.totalDeductions).adding(s.remainingHeld)
                #expect(accounted == held, "seed \(seed)")
                #expect(deductions.allSatisfy { !$0.amount.isNegative }, "seed \(seed)")
            }
        }
        #expect(accepted > 100)
    }
}
