import Testing
@testable import PortfolioDomain

@Suite struct MonthlyRentRunTests {
    func lease(_ id: String, _ status: LeaseStatus, _ start: String, _ end: String?, rent: String = "1000") -> MonthlyRentRun.LeaseBillingRecord {
        .init(leaseId: EntityID(id), status: status, startDate: day(start), endDate: end.map(day), rent: usd(rent), dueDay: 1)
    }

    @Test func billsCoveringLeasesOnceEach() throws {
        let leases = [
            lease("3", .active, "2026-01-01", nil),
            lease("1", .ended, "2025-01-01", "2026-03-10"),       // last partial month
            lease("2", .cancelled, "2026-01-01", nil),             // never billed
            lease("4", .active, "2026-04-01", nil),                // not started yet
            lease("5", .active, "2025-01-01", nil),                // already charged
            lease("10", .active, "2026-03-16", nil),
        ]
        let plan = try MonthlyRentRun.plan(month: month("2026-03"), leases: leases, alreadyCharged: ["5"])
        #expect(plan.map(\.leaseId) == ["1", "3", "10"])
        #expect(plan.map(\.charge.amount) == [usd("322.58"), usd("1000"), usd("516.13")])
    }

    @Test func repeatingTheRunAddsNothing() throws {
        let leases = [lease("1", .active, "2026-01-01", nil), lease("2", .active, "2026-02-01", nil)]
        let first = try MonthlyRentRun.plan(month: month("2026-03"), leases: leases, alreadyCharged: [])
        let second = try MonthlyRentRun.plan(month: month("2026-03"), leases: leases, alreadyCharged: Set(first.map(\.leaseId)))
        #expect(first.count == 2)
        #expect(second.isEmpty)
    }

    @Test func invalidLeaseIsNamed() {
        let e = domainError { _ = try MonthlyRentRun.plan(month: month("2026-03"), leases: [lease("7", .active, "2026-01-01", nil, rent: "0")], alreadyCharged: []) }
        #expect(e?.message.hasPrefix("Lease 7:") == true)
    }
}
