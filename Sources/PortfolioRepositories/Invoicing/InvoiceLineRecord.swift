import Foundation
import MariaDB
import PortfolioDomain

/// One line of an invoice: a row of `invoice_lines` with its charge's description and
/// amount. `invoice_lines` has no org or lease column, so the "table" is a derived table
/// joining the invoice (for the org and tenant-ownership conditions) and the charge (for
/// what the line shows): `RecordLookup` then loads the lines of a page of invoices in one
/// query like any child list.
public struct InvoiceLineRecord: Record, Hashable {
    public static let table = """
        (SELECT il.invoice_id, il.charge_id, i.org_id, i.lease_id, c.description, c.amount_minor, c.due_date \
        FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id JOIN charges c ON c.id = il.charge_id)
        """
    public static let columns = ["invoice_id", "charge_id", "org_id", "lease_id", "description", "amount_minor", "due_date"]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var invoiceID: String
    public var chargeID: String
    public var description: String
    public var amountMinor: Int64
    public var dueDate: LocalDate

    public init(row: MariaDBRow) throws {
        invoiceID = try row.decode("invoice_id")
        chargeID = try row.decode("charge_id")
        description = try row.decode("description")
        amountMinor = try row.decode("amount_minor")
        dueDate = try row.decode("due_date")
    }
}
