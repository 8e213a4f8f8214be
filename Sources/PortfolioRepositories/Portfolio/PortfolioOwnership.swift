/// The TENANT "own records" rules of the portfolio tables, in one place: a tenant user sees
/// a unit when a lease of that unit has them as a party (`lease_parties` → `tenants.user_id`),
/// and the building, floor and unit type of such a unit. Each condition binds the user once.
enum PortfolioOwnership {
    /// Units of leases the user is a party of, restricted by `unitCondition` on `u`.
    static func leasedUnit(where unitCondition: String) -> String {
        """
        EXISTS (SELECT 1 FROM units u \
        JOIN leases tl ON tl.unit_id = u.id \
        JOIN lease_parties tlp ON tlp.lease_id = tl.id \
        JOIN tenants tt ON tt.id = tlp.tenant_id \
        WHERE \(unitCondition) AND tt.user_id = ?)
        """
    }
}
