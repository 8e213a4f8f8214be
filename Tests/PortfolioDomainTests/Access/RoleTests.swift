import Testing
@testable import PortfolioDomain

@Suite struct RoleTests {
    @Test func ranksOrderTheHierarchy() {
        #expect(Role.allCases.sorted(by: >) == [.owner, .admin, .manager, .staff, .tenant])
        #expect(Role.manager.isAtLeast(.staff))
        #expect(!Role.staff.isAtLeast(.manager))
        #expect(Role.owner > Role.admin)
    }

    @Test func parsesSeedSpellings() {
        #expect(Role(name: "Admin") == .admin)
        #expect(Role(name: "owner") == .owner)
        #expect(Role(name: "TENANT") == .tenant)
        #expect(Role(name: "landlord") == nil)
    }
}
