import Testing
@testable import PortfolioDomain

@Suite struct ChargeVoidTests {
    @Test func releasesAllocationsAsCredit() throws {
        let c = charge("c1", "300", due: "2026-01-01")
        let allocations = [allocation("p1", "c1", "100", on: "2026-01-02"), allocation("p2", "c1", "50", on: "2026-01-03"),
                           allocation("p1", "c1", "25", on: "2026-01-04"), allocation("p1", "c2", "99", on: "2026-01-04")]
        let v = try ChargeVoid(charge: c, allocations: allocations, reason: "billed twice", on: day("2026-01-10"))
        #expect(v.released.map(\.paymentId) == ["p1", "p2"])
        #expect(v.released.map(\.amount) == [usd("125"), usd("50")])

        let voided = charge("c1", "300", due: "2026-01-01", voided: "2026-01-10")
        let payments = [payment("p1", "125", on: "2026-01-02"), payment("p2", "50", on: "2026-01-03")]
        let ledger = try Ledger(currency: .usd, charges: [voided], payments: payments,
                                allocations: Array(allocations.prefix(3)), asOf: day("2026-01-10"))
        #expect(ledger.outstanding == usd("0"))
        #expect(ledger.credit == usd("175"))
        #expect(ledger.totalVoided == usd("300"))
    }

    @Test func rules() {
        let c = charge("c1", "300", due: "2026-01-05", posted: "2026-01-01")
        #expect(domainError { _ = try ChargeVoid(charge: c, allocations: [], reason: "  ", on: day("2026-01-02")) }?.fields.first?.field == "reason")
        #expect(domainError { _ = try ChargeVoid(charge: c, allocations: [], reason: "x", on: day("2025-12-31")) }?.code == ErrorCode.datesOutOfOrder)
        let v = charge("c1", "300", due: "2026-01-05", voided: "2026-01-06")
        #expect(domainError { _ = try ChargeVoid(charge: v, allocations: [], reason: "x", on: day("2026-01-07")) }?.kind == .conflict)
    }
}
