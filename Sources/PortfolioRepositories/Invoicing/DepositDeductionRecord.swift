import Foundation
import MariaDB
import PortfolioDomain

/// A row of `deposit_deductions`: an amount kept from the deposit in a refund. The table
/// has no org or lease column, so the "table" is a derived table joining the refund (for
/// the org and tenant-ownership conditions); `RecordLookup` then loads the deductions of
/// many refunds in one query.
public struct DepositDeductionRecord: Record, Hashable {
    public static let table = """
        (SELECT d.id, d.refund_id, d.description, d.amount_minor, r.org_id, r.lease_id \
        FROM deposit_deductions d JOIN deposit_refunds r ON r.id = d.refund_id)
        """
    public static let columns = ["id", "refund_id", "description", "amount_minor", "org_id", "lease_id"]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var refundID: String
    public var description: String
    public var amountMinor: Int64

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        refundID = try row.decode("refund_id")
        description = try row.decode("description")
        amountMinor = try row.decode("amount_minor")
    }
}
