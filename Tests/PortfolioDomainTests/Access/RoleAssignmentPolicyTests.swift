import Testing
@testable import PortfolioDomain

@Suite struct RoleAssignmentPolicyTests {
    @Test func ownerMayGrantAnything() throws {
        for r in Role.allCases {
            try RoleAssignmentPolicy.check(actor: .owner, currentRole: .staff, newRole: r, ownerCount: 1)
        }
    }

    @Test func adminMayGrantUpToAdminButNotOwner() throws {
        try RoleAssignmentPolicy.check(actor: .admin, currentRole: nil, newRole: .admin, ownerCount: 1)
        try RoleAssignmentPolicy.check(actor: .admin, currentRole: .tenant, newRole: .manager, ownerCount: 1)
        #expect(domainError { try RoleAssignmentPolicy.check(actor: .admin, currentRole: .staff, newRole: .owner, ownerCount: 1) }?.kind == .forbidden)
        #expect(domainError { try RoleAssignmentPolicy.check(actor: .admin, currentRole: .owner, newRole: .staff, ownerCount: 2) }?.kind == .forbidden)
    }

    @Test func lowerRolesMayNotAssign() {
        for r in [Role.manager, .staff, .tenant] {
            #expect(domainError { try RoleAssignmentPolicy.check(actor: r, currentRole: .tenant, newRole: .tenant, ownerCount: 1) }?.kind == .forbidden)
        }
    }

    @Test func lastOwnerCannotBeDemoted() throws {
        let e = domainError { try RoleAssignmentPolicy.check(actor: .owner, currentRole: .owner, newRole: .admin, ownerCount: 1) }
        #expect(e?.kind == .conflict)
        #expect(e?.code == "LAST_OWNER")
        try RoleAssignmentPolicy.check(actor: .owner, currentRole: .owner, newRole: .admin, ownerCount: 2)
    }
}
