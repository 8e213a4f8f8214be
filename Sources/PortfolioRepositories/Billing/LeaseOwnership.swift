/// The TENANT own-records rule shared by billing rows: a row hanging off a lease (its
/// `lease_id`) belongs to a tenant user when that user's tenant is a party of the lease.
enum LeaseOwnership {
    /// A condition on `alias.lease_id` with one `?` for the tenant user id.
    static func viaLease(_ alias: String) -> String {
        "EXISTS (SELECT 1 FROM lease_parties own_lp JOIN tenants own_t ON own_t.id = own_lp.tenant_id "
            + "WHERE own_lp.lease_id = \(alias).lease_id AND own_t.user_id = ?)"
    }
}
