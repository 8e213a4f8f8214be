import Foundation
import MariaDB
import PortfolioDomain

/// A row of `charges`: an amount a lease owes (rent for a month, a utility, a fee, an
/// installment). Never deleted: a void sets `voidedAt` and `voidReason`. Tenants see the
/// charges of leases they are a party of.
public struct ChargeRecord: Record, Hashable {
    public static let table = "charges"
    public static let columns = [
        "id", "org_id", "lease_id", "kind", "rent_month", "description", "amount_minor", "due_date",
        "installment_plan_id", "voided_at", "void_reason", "created_at",
    ]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var orgID: String
    public var leaseID: String
    public var kind: ChargeKind
    /// The month billed, for rent charges only (nil for every other kind).
    public var rentMonth: BillingMonth?
    public var description: String
    public var amountMinor: Int64
    public var dueDate: LocalDate
    /// The plan the charge is an installment of; nil otherwise.
    public var installmentPlanID: String?
    /// When the charge was voided; nil while it stands.
    public var voidedAt: Date?
    public var voidReason: String?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        leaseID = try row.decode("lease_id")
        let kindText: String = try row.decode("kind")
        kind = ChargeKind(rawValue: kindText) ?? .other
        rentMonth = try row.decode("rent_month")
        description = try row.decode("description")
        amountMinor = try row.decode("amount_minor")
        dueDate = try row.decode("due_date")
        installmentPlanID = try row.decode("installment_plan_id")
        voidedAt = try row.decode("voided_at")
        voidReason = try row.decode("void_reason")
        createdAt = try row.decode("created_at")
    }
}
