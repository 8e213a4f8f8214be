import Foundation
import MariaDB
import PortfolioDomain

/// A row of `payments`: money received for a lease. Never deleted: a reversal sets
/// `reversedAt` and `reverseReason`, and its allocations stop counting. Tenants see the
/// payments of leases they are a party of.
public struct PaymentRecord: Record, Hashable {
    public static let table = "payments"
    public static let columns = [
        "id", "org_id", "lease_id", "kind", "amount_minor", "paid_on", "method", "reference",
        "reversed_at", "reverse_reason", "created_at",
    ]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var orgID: String
    public var leaseID: String
    /// RENT, UTILITY, DEPOSIT or OTHER (seed 004's payment types).
    public var kind: String
    public var amountMinor: Int64
    public var paidOn: LocalDate
    public var method: PaymentMethod
    /// nil when no reference was recorded.
    public var reference: String?
    /// When the payment was reversed; nil while it stands.
    public var reversedAt: Date?
    public var reverseReason: String?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        leaseID = try row.decode("lease_id")
        kind = try row.decode("kind")
        amountMinor = try row.decode("amount_minor")
        paidOn = try row.decode("paid_on")
        let methodText: String = try row.decode("method")
        method = PaymentMethod(rawValue: methodText) ?? .other
        reference = try row.decode("reference")
        reversedAt = try row.decode("reversed_at")
        reverseReason = try row.decode("reverse_reason")
        createdAt = try row.decode("created_at")
    }
}
