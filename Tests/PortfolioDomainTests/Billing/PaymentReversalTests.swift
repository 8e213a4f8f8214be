import Testing
@testable import PortfolioDomain

@Suite struct PaymentReversalTests {
    @Test func restoresChargesAndRemovesCredit() throws {
        let p = payment("p1", "500", on: "2026-01-05")
        let allocations = [allocation("p1", "c1", "100", on: "2026-01-05"), allocation("p1", "c2", "150", on: "2026-01-05"),
                           allocation("p1", "c1", "50", on: "2026-02-01"), allocation("p9", "c1", "1", on: "2026-01-05")]
        let r = try PaymentReversal(payment: p, allocations: allocations, on: day("2026-02-10"))
        #expect(r.restored == [AllocationRequest(chargeId: "c1", amount: usd("150")), AllocationRequest(chargeId: "c2", amount: usd("150"))])
        #expect(r.creditRemoved == usd("200"))
    }

    @Test func ledgerReflectsTheReversal() throws {
        let charges = [charge("c1", "400", due: "2026-01-01")]
        let payments = [payment("p1", "500", on: "2026-01-05", reversed: "2026-01-20")]
        let allocations = [allocation("p1", "c1", "400", on: "2026-01-05")]
        let before = try Ledger(currency: .usd, charges: charges, payments: payments, allocations: allocations, asOf: day("2026-01-19"))
        #expect(before.outstanding == usd("0"))
        #expect(before.credit == usd("100"))
        #expect(before.balance == usd("-100"))
        let after = try Ledger(currency: .usd, charges: charges, payments: payments, allocations: allocations, asOf: day("2026-01-20"))
        #expect(after.outstanding == usd("400"))
        #expect(after.credit == usd("0"))
        #expect(after.balance == usd("400"))
        #expect(after.entries.map(\.kind) == [.charge, .payment, .paymentReversal])
        #expect(after.entries.map(\.runningBalance) == [usd("400"), usd("-100"), usd("400")])
    }

    @Test func rejectsDoubleReversalAndEarlyDate() {
        #expect(domainError { _ = try PaymentReversal(payment: payment("p1", "5", on: "2026-01-05", reversed: "2026-01-06"), allocations: [], on: day("2026-01-07")) }?.code == ErrorCode.alreadyReversed)
        #expect(domainError { _ = try PaymentReversal(payment: payment("p1", "5", on: "2026-01-05"), allocations: [], on: day("2026-01-04")) }?.code == ErrorCode.datesOutOfOrder)
    }
}
