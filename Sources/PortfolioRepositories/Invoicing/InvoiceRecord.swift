import Foundation
import MariaDB
import PortfolioDomain

/// A row of `invoices`: a numbered document listing some of a lease's charges. Never
/// deleted: a mistaken invoice is voided, which frees its charges for a new invoice.
/// Tenants see the invoices of leases they are a party of.
public struct InvoiceRecord: Record, Hashable {
    public static let table = "invoices"
    public static let columns = ["id", "org_id", "lease_id", "number", "issue_date", "due_date", "status", "created_at", "updated_at"]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var orgID: String
    public var leaseID: String
    /// `INV-<year>-<6 digits>`, unique per organization.
    public var number: String
    public var issueDate: LocalDate
    public var dueDate: LocalDate
    public var status: InvoiceStatus
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        leaseID = try row.decode("lease_id")
        number = try row.decode("number")
        issueDate = try row.decode("issue_date")
        dueDate = try row.decode("due_date")
        let statusText: String = try row.decode("status")
        status = InvoiceStatus(rawValue: statusText) ?? .generated
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
