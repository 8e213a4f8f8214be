/// A person on a lease: the primary tenant (who the lease is addressed to) or a co-tenant.
public struct LeaseParty: Hashable, Sendable {
    /// A party's place on the lease; exactly one PRIMARY per lease.
    public enum Role: String, CaseIterable, Sendable, Hashable {
        case primary = "PRIMARY"
        case coTenant = "CO_TENANT"
    }

    public var tenantId: EntityID
    public var role: Role

    public init(tenantId: EntityID, role: Role) {
        self.tenantId = tenantId
        self.role = role
    }
}
