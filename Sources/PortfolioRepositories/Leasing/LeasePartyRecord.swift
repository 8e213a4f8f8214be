import Foundation
import MariaDB

/// A row of `lease_parties`: a tenant's role on a lease (exactly one PRIMARY per lease, plus
/// CO_TENANT, GUARANTOR and OCCUPANT parties). The key is (lease, tenant); `id` is not a
/// column but the pair, so generic look-ups by id do not apply — parties are loaded as the
/// children of their lease.
public struct LeasePartyRecord: Record, Hashable {
    public static let table = "lease_parties"
    public static let columns = ["lease_id", "tenant_id", "role", "org_id"]

    /// A tenant user sees the parties of the leases their tenant is a party of.
    public static func tenantOwnership(_ alias: String) -> String? {
        LeasingOwnership.ownLease("\(alias).lease_id")
    }

    public var leaseID: String
    public var tenantID: String
    /// PRIMARY, CO_TENANT, GUARANTOR or OCCUPANT.
    public var role: String
    public var orgID: String

    public init(row: MariaDBRow) throws {
        leaseID = try row.decode("lease_id")
        tenantID = try row.decode("tenant_id")
        role = try row.decode("role")
        orgID = try row.decode("org_id")
    }
}
