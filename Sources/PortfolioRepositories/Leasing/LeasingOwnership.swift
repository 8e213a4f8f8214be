/// The TENANT "own records" rules of the leasing tables, in one place. A tenant user owns
/// the tenant row linked to them (`tenants.user_id`), that tenant's family members, the
/// leases that tenant is a party of, and the parties and occupancy events of those leases.
/// Each condition binds the user id once (`?`).
enum LeasingOwnership {
    /// The tenant row whose id is `tenantIDExpression` is linked to the user.
    static func ownTenant(_ tenantIDExpression: String) -> String {
        "EXISTS (SELECT 1 FROM tenants own_t WHERE own_t.id = \(tenantIDExpression) AND own_t.user_id = ?)"
    }

    /// The lease whose id is `leaseIDExpression` has a party linked to the user.
    static func ownLease(_ leaseIDExpression: String) -> String {
        "EXISTS (SELECT 1 FROM lease_parties own_lp JOIN tenants own_t ON own_t.id = own_lp.tenant_id "
            + "WHERE own_lp.lease_id = \(leaseIDExpression) AND own_t.user_id = ?)"
    }
}
