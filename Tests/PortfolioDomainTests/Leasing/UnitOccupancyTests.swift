import Testing
@testable import PortfolioDomain

@Suite struct UnitOccupancyTests {
    let leases = [
        LeaseOccupancyRecord(leaseId: "1", unitId: "u1", startDate: day("2025-01-01"), endDate: day("2025-12-31"), status: .ended),
        LeaseOccupancyRecord(leaseId: "2", unitId: "u1", startDate: day("2026-02-01"), endDate: nil, status: .active),
        LeaseOccupancyRecord(leaseId: "3", unitId: "u1", startDate: day("2025-06-01"), endDate: nil, status: .cancelled),
        LeaseOccupancyRecord(leaseId: "9", unitId: "u2", startDate: day("2020-01-01"), endDate: nil, status: .active),
    ]

    @Test func currentLeaseAsOfADate() {
        #expect(UnitOccupancy(unitId: "u1", asOf: day("2025-12-31"), leases: leases).currentLease?.leaseId == "1")
        #expect(UnitOccupancy(unitId: "u1", asOf: day("2026-01-15"), leases: leases).isOccupied == false)
        #expect(UnitOccupancy(unitId: "u1", asOf: day("2026-02-01"), leases: leases).currentLease?.leaseId == "2")
    }

    @Test func historyAndUpcoming() {
        let o = UnitOccupancy(unitId: "u1", asOf: day("2026-01-15"), leases: leases)
        #expect(o.history.map(\.leaseId) == ["2", "1"])
        #expect(o.upcoming.map(\.leaseId) == ["2"])
    }
}
