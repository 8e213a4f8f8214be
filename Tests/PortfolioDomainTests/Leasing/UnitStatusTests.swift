import Testing
@testable import PortfolioDomain

@Suite struct UnitStatusTests {
    @Test func occupancyComesFromLeases() {
        #expect(UnitStatus.effective(stored: .maintenance, isOccupied: true) == .occupied)
        #expect(UnitStatus.effective(stored: .reserved, isOccupied: false) == .reserved)
    }

    @Test func occupiedCannotBeStored() throws {
        #expect(try UnitStatus.storable(.maintenance) == .maintenance)
        let e = domainError { _ = try UnitStatus.storable(.occupied) }
        #expect(e?.code == "DERIVED_VALUE")
        #expect(e?.fields.first?.field == "status")
    }
}
