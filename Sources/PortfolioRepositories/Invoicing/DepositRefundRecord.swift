import Foundation
import MariaDB
import PortfolioDomain

/// A row of `deposit_refunds`: money paid back from a lease's security deposit, with its
/// itemised deductions in `deposit_deductions`. Never changed or deleted. Tenants see the
/// refunds of leases they are a party of.
public struct DepositRefundRecord: Record, Hashable {
    public static let table = "deposit_refunds"
    public static let columns = ["id", "org_id", "lease_id", "amount_minor", "refunded_on", "method", "note", "created_at"]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var orgID: String
    public var leaseID: String
    /// Paid back to the tenant (may be zero when everything held was deducted).
    public var amountMinor: Int64
    public var refundedOn: LocalDate
    public var method: String
    /// nil when no note was recorded.
    public var note: String?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        leaseID = try row.decode("lease_id")
        amountMinor = try row.decode("amount_minor")
        refundedOn = try row.decode("refunded_on")
        method = try row.decode("method")
        note = try row.decode("note")
        createdAt = try row.decode("created_at")
    }
}
