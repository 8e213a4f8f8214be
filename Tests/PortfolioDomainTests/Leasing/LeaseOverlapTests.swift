import Testing
@testable import PortfolioDomain

@Suite struct LeaseOverlapTests {
    let existing = [
        LeaseOccupancyRecord(leaseId: "1", unitId: "u1", startDate: day("2025-01-01"), endDate: day("2025-12-31"), status: .ended),
        LeaseOccupancyRecord(leaseId: "2", unitId: "u1", startDate: day("2026-01-01"), endDate: nil, status: .active),
        LeaseOccupancyRecord(leaseId: "3", unitId: "u2", startDate: day("2026-01-01"), endDate: nil, status: .active),
        LeaseOccupancyRecord(leaseId: "4", unitId: "u1", startDate: day("2024-01-01"), endDate: day("2024-12-31"), status: .cancelled),
    ]

    @Test func findsOverlapsOnTheSameUnitOnly() {
        #expect(LeaseOverlap.conflicts(unitId: "u1", start: day("2025-12-31"), end: day("2026-01-05"), existing: existing).map(\.leaseId) == ["1", "2"])
        #expect(LeaseOverlap.conflicts(unitId: "u3", start: day("2026-01-01"), end: nil, existing: existing).isEmpty)
    }

    @Test func cancelledLeasesDoNotBlock() {
        #expect(LeaseOverlap.conflicts(unitId: "u1", start: day("2024-03-01"), end: day("2024-06-30"), existing: existing).isEmpty)
    }

    @Test func endDateIsInclusive() {
        #expect(LeaseOverlap.conflicts(unitId: "u1", start: day("2024-06-01"), end: day("2024-12-31"), existing: existing).isEmpty)
        #expect(LeaseOverlap.conflicts(unitId: "u1", start: day("2024-06-01"), end: day("2025-01-01"), existing: existing).map(\.leaseId) == ["1"])
    }

    @Test func editingALeaseIgnoresItself() throws {
        try LeaseOverlap.check(unitId: "u1", start: day("2026-02-01"), end: nil, existing: existing, excluding: "2")
        let e = domainError { try LeaseOverlap.check(unitId: "u1", start: day("2026-02-01"), end: nil, existing: existing) }
        #expect(e?.kind == .conflict)
        #expect(e?.code == ErrorCode.leaseOverlap)
        #expect(e?.fields.first?.field == "startDate")
    }
}
