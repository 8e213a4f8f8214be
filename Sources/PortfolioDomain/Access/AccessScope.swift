/// How much of an organization's data a granted permission reaches.
///
/// Staff roles see the whole organization; a TENANT sees only rows that hang off their own
/// tenant record (their tenant profile, leases where they are a party, and those leases'
/// units, charges, payments, invoices, deposits, requests and family members). Repositories
/// apply `.ownTenantRecords` as an extra filter on the tenant ids linked to the user.
public enum AccessScope: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Only records belonging to the caller's own tenant record(s).
    case ownTenantRecords = "OWN"
    /// Every record of the organization.
    case all = "ALL"

    public static func < (a: AccessScope, b: AccessScope) -> Bool { a == .ownTenantRecords && b == .all }
}
