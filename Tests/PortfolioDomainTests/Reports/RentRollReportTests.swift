import Testing
@testable import PortfolioDomain

@Suite struct RentRollReportTests {
    @Test func rowsAndTotals() throws {
        let units = [
            RentRollReport.UnitInput(unitId: "u10", buildingId: "b1", label: "10", marketRent: usd("1200")),
            RentRollReport.UnitInput(unitId: "u2", buildingId: "b1", label: "2", marketRent: usd("1000")),
            RentRollReport.UnitInput(unitId: "u3", buildingId: "b1", label: "3", marketRent: nil),
            RentRollReport.UnitInput(unitId: "u9", buildingId: "b0", label: "A", marketRent: usd("700")),
        ]
        let leases = [
            RentRollReport.LeaseInput(lease: LeaseOccupancyRecord(leaseId: "L1", unitId: "u2", startDate: day("2026-01-01"), endDate: nil, status: .active),
                                      primaryTenantName: "Adam Ismail", rent: usd("950"), deposit: usd("1900")),
            RentRollReport.LeaseInput(lease: LeaseOccupancyRecord(leaseId: "L2", unitId: "u10", startDate: day("2025-01-01"), endDate: day("2025-12-31"), status: .ended),
                                      primaryTenantName: "Old Tenant", rent: usd("1100"), deposit: usd("0")),
            RentRollReport.LeaseInput(lease: LeaseOccupancyRecord(leaseId: "L3", unitId: "u9", startDate: day("2026-01-01"), endDate: nil, status: .active),
                                      primaryTenantName: "Mira", rent: usd("700"), deposit: usd("0")),
        ]
        let r = try RentRollReport(asOf: day("2026-03-01"), currency: .usd, units: units, leases: leases, balances: ["L1": usd("125.50")])
        #expect(r.rows.map(\.unit.unitId) == ["u9", "u2", "u3", "u10"])
        #expect(r.rows.map(\.isOccupied) == [true, true, false, false])
        #expect(r.rows[1].lease?.primaryTenantName == "Adam Ismail")
        #expect(r.rows[1].balance == usd("125.50"))
        #expect(r.unitCount == 4)
        #expect(r.occupiedCount == 2)
        #expect(r.occupancyBasisPoints == 5000)
        #expect(r.scheduledRent == usd("1650"))
        #expect(r.vacantMarketRent == usd("1200"))
        #expect(r.totalBalance == usd("125.50"))
    }

    @Test func emptyPortfolio() throws {
        let r = try RentRollReport(asOf: day("2026-03-01"), currency: .usd, units: [], leases: [], balances: [:])
        #expect(r.occupancyBasisPoints == 0)
        #expect(r.rows.isEmpty)
    }
}
