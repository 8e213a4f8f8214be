import Testing
@testable import PortfolioDomain

@Suite struct AccessScopeTests {
    @Test func ownRecordsNeedASharedTenant() {
        #expect(AccessScope.all.permits(recordTenantIds: [], viewerTenantIds: []))
        #expect(AccessScope.ownTenantRecords.permits(recordTenantIds: ["t1", "t2"], viewerTenantIds: ["t2"]))
        #expect(!AccessScope.ownTenantRecords.permits(recordTenantIds: ["t1"], viewerTenantIds: ["t2"]))
        #expect(!AccessScope.ownTenantRecords.permits(recordTenantIds: [], viewerTenantIds: ["t2"]))
        #expect(AccessScope.ownTenantRecords < AccessScope.all)
    }
}
