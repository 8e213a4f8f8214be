/// Applying a scope to one record, for the places where the API checks a single object after
/// loading it (lists are filtered in SQL with the same rule).
extension AccessScope {
    /// Whether a record that belongs to the tenants `recordTenantIds` (for a lease: its
    /// parties; for a charge or payment: its lease's parties) is visible to a viewer linked to
    /// `viewerTenantIds`. `.all` sees everything; `.ownTenantRecords` needs a shared tenant.
    /// A record with no tenant (e.g. an expense) is never "own".
    public func permits(recordTenantIds: Set<EntityID>, viewerTenantIds: Set<EntityID>) -> Bool {
        switch self {
        case .all: true
        case .ownTenantRecords: !recordTenantIds.isDisjoint(with: viewerTenantIds)
        }
    }
}
