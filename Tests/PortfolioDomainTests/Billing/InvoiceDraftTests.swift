import Testing
@testable import PortfolioDomain

@Suite struct InvoiceDraftTests {
    let balances = try! ChargeBalance.compute(
        charges: [charge("2", "1000", due: "2026-02-01"), charge("1", "80", due: "2026-01-20", kind: .utility),
                  charge("3", "15", due: "2026-01-25", kind: .lateFee, voided: "2026-01-26")],
        payments: [payment("p", "30", on: "2026-01-21")], allocations: [allocation("p", "1", "30", on: "2026-01-21")],
        asOf: day("2026-02-01"))

    @Test func linesAndTotals() throws {
        let inv = try InvoiceDraft(invoiceDate: day("2026-02-01"), dueDate: day("2026-02-10"), chargeIds: ["2", "1"], balances: balances, currency: .usd)
        #expect(inv.lines.map(\.chargeId) == ["1", "2"])
        #expect(inv.total == usd("1080"))
        #expect(inv.amountDue == usd("1050"))
    }

    @Test func rejectsBadLines() {
        let e = domainError { _ = try InvoiceDraft(invoiceDate: day("2026-02-01"), dueDate: day("2026-01-31"), chargeIds: ["1", "1", "3", "9"], balances: balances, currency: .usd) }
        #expect(e?.fields.map(\.field) == ["dueDate", "chargeIds[1]", "chargeIds[2]", "chargeIds[3]"])
        #expect(e?.fields.map(\.code) == [ErrorCode.datesOutOfOrder, ErrorCode.duplicate, ErrorCode.chargeVoided, ErrorCode.notFound])
        #expect(domainError { _ = try InvoiceDraft(invoiceDate: day("2026-02-01"), dueDate: day("2026-02-01"), chargeIds: [], balances: balances, currency: .usd) }?.code == ErrorCode.required)
    }
}
