import Testing
@testable import PortfolioDomain

@Suite struct LeaseEndTests {
    let lease = LeaseOccupancyRecord(leaseId: "L1", unitId: "u1", startDate: day("2026-01-10"), endDate: day("2026-12-31"), status: .active)

    @Test func endsAndListsLaterRentChargesToVoid() throws {
        let end = try LeaseEnd(lease: lease, endDate: day("2026-03-15"), reason: "moved out",
                               rentCharges: [("c1", month("2026-01")), ("c3", month("2026-03")), ("c5", month("2026-05")), ("c4", month("2026-04"))])
        #expect(end.endDate == day("2026-03-15"))
        #expect(end.rentChargesToVoid == ["c4", "c5"])
        #expect(try LeaseEnd(lease: lease, endDate: day("2026-01-10"), reason: nil, rentCharges: []).endDate == day("2026-01-10"))
    }

    @Test func rules() {
        #expect(domainError { _ = try LeaseEnd(lease: lease, endDate: day("2026-01-09"), reason: nil, rentCharges: []) }?.code == ErrorCode.datesOutOfOrder)
        #expect(domainError { _ = try LeaseEnd(lease: lease, endDate: day("2027-01-01"), reason: nil, rentCharges: []) }?.fields.first?.field == "endDate")
        #expect(domainError { _ = try LeaseEnd(lease: lease, endDate: day("2026-02-01"), reason: " ", rentCharges: []) }?.fields.first?.field == "reason")
        var ended = lease
        ended.status = .ended
        #expect(domainError { _ = try LeaseEnd(lease: ended, endDate: day("2026-02-01"), reason: nil, rentCharges: []) }?.kind == .conflict)
    }
}
