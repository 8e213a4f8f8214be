import Foundation
import MariaDB
import PortfolioDomain

/// A row of `allocations`: part of a payment applied to a charge of the same lease. It
/// counts while its payment is not reversed and its charge not voided. Tenants see the
/// allocations of their own charges.
public struct AllocationRecord: Record, Hashable {
    public static let table = "allocations"
    public static let columns = ["id", "org_id", "payment_id", "charge_id", "amount_minor", "created_at"]

    public static func tenantOwnership(_ alias: String) -> String? {
        "EXISTS (SELECT 1 FROM charges own_c JOIN lease_parties own_lp ON own_lp.lease_id = own_c.lease_id "
            + "JOIN tenants own_t ON own_t.id = own_lp.tenant_id WHERE own_c.id = \(alias).charge_id AND own_t.user_id = ?)"
    }

    public var id: String
    public var orgID: String
    public var paymentID: String
    public var chargeID: String
    public var amountMinor: Int64
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        paymentID = try row.decode("payment_id")
        chargeID = try row.decode("charge_id")
        amountMinor = try row.decode("amount_minor")
        createdAt = try row.decode("created_at")
    }
}
