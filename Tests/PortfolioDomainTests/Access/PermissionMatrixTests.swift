import Testing
@testable import PortfolioDomain
#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

@Suite struct PermissionMatrixTests {
    /// A few cells written out independently of the table, straight from the sources.
    @Test(arguments: [
        // seed 004 / issue 5: STAFF create tenants and record payments; TENANT only own data
        (Role.staff, Permission.tenantsCreate, AccessScope?.some(.all)),
        (.staff, .paymentsRecord, .all),
        (.staff, .paymentsReverse, nil),
        (.staff, .leasesManage, nil),
        (.staff, .buildingsManage, nil),
        (.tenant, .tenantsCreate, nil),
        (.tenant, .paymentsRecord, nil),
        (.tenant, .leasesRead, .ownTenantRecords),
        (.tenant, .chargesRead, .ownTenantRecords),
        (.tenant, .paymentsRead, .ownTenantRecords),
        (.tenant, .invoicesRead, .ownTenantRecords),
        (.tenant, .familyMembersRead, .ownTenantRecords),
        (.tenant, .serviceRequestsCreate, .ownTenantRecords),
        (.tenant, .reportsRead, nil),
        (.tenant, .expensesRead, nil),
        // issue 5: MANAGER and above manage leasing and billing
        (.manager, .chargesGenerate, .all),
        (.manager, .chargesVoid, .all),
        (.manager, .leasesManage, .all),
        (.manager, .depositsRefund, .all),
        (.manager, .reportsRead, .all),
        // seed 003: Manager has no Org/User rights; Admin has users; Owner owns the org
        (.manager, .usersManage, nil),
        (.manager, .orgUpdate, nil),
        (.admin, .usersManage, .all),
        (.admin, .roleAssign, .all),
        (.admin, .orgDelete, nil),
        (.owner, .orgDelete, .all),
        (.owner, .invite, .all),
    ])
    func cell(role: Role, permission: Permission, expected: AccessScope?) {
        #expect(PermissionMatrix.scope(role, permission) == expected)
        #expect(isAllowed(role, permission) == (expected != nil))
    }

    @Test func ownerMayDoEverything() {
        for p in Permission.allCases { #expect(PermissionMatrix.scope(.owner, p) == .all, "\(p)") }
    }

    @Test func higherRanksNeverHaveLessThanLowerRanks() {
        for p in Permission.allCases {
            let scopes = Role.allCases.sorted(by: >).map { PermissionMatrix.scope($0, p) }
            for (higher, lower) in zip(scopes, scopes.dropFirst()) {
                switch (higher, lower) {
                case (_, nil): break
                case (nil, _): Issue.record("\(p): a higher role is denied what a lower role may do")
                case let (h?, l?): #expect(h >= l, "\(p)")
                }
            }
        }
    }

    @Test func onlyTenantsAreScopedToOwnRecords() {
        for p in Permission.allCases {
            for r in Role.allCases where r != .tenant {
                #expect(PermissionMatrix.scope(r, p) != .ownTenantRecords, "\(r) \(p)")
            }
        }
    }

    @Test func requireThrowsForbidden() throws {
        #expect(try PermissionMatrix.require(.tenant, .leasesRead) == .ownTenantRecords)
        let e = domainError { try PermissionMatrix.require(.staff, .chargesVoid) }
        #expect(e?.kind == .forbidden)
        #expect(e?.code == ErrorCode.forbidden)
    }

    @Test func permissionNamesAreUnique() {
        #expect(Set(Permission.allCases.map(\.rawValue)).count == Permission.allCases.count)
    }

    /// docs/domain.md embeds the matrix; this keeps the document and the data identical.
    @Test func docsTableMatchesTheMatrix() throws {
        let testFile = #filePath
        var parts = testFile.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4) // Access/PermissionMatrixTests.swift, PortfolioDomainTests, Tests
        let docPath = parts.joined(separator: "/") + "/docs/domain.md"
        let doc = try String(contentsOfFile: docPath, encoding: .utf8)
        #expect(doc.contains(PermissionMatrix.markdownTable()), "regenerate the table in docs/domain.md from PermissionMatrix.markdownTable()")
    }
}
