import Foundation
import MariaDB
import PortfolioDomain

/// Reads and writes `invoices` and `invoice_lines`. Writes run on the caller's transaction.
public enum InvoiceRepository {
    /// Filters of the invoices list; nil means "any".
    public struct Filter: Sendable, Hashable {
        public var leaseID: UUID?
        public var status: InvoiceStatus?
        public init(leaseID: UUID? = nil, status: InvoiceStatus? = nil) {
            self.leaseID = leaseID
            self.status = status
        }
    }

    /// The invoices of `scope` matching `filter`, newest number first (the number sorts
    /// like its sequence within a year; the id breaks ties).
    public static func list(scope: RecordScope, filter: Filter) -> ListQuery<InvoiceRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: InvoiceRecord.self, alias: "i")
        if let lease = filter.leaseID { conditions.add("i.lease_id = ?", lease) }
        if let status = filter.status { conditions.add("i.status = ?", status.rawValue) }
        return ListQuery(
            select: InvoiceRecord.selectList("i"), from: "invoices i", conditions: conditions,
            sortKeys: [SortKey("i.number", ascending: false)], idExpression: "i.id")
    }

    /// Locks the organization row: the first statement of an invoice generation, so two
    /// concurrent generations of the same org take turns (no deadlock between them) and
    /// the second sees the first's number.
    public static func lockOrganization(_ orgID: UUID, on connection: MariaDBConnection) async throws {
        _ = try await connection.query("SELECT id FROM organizations WHERE id = ? FOR UPDATE", [orgID])
    }

    /// The next number for `orgID` in `year` (a locking read: the latest committed numbers,
    /// not the transaction's snapshot). Call after `lockOrganization`; the unique key
    /// `uk_invoices_org_number` is the backstop.
    public static func nextNumber(orgID: UUID, year: Int, on connection: MariaDBConnection) async throws -> String {
        let prefix = "INV-\(year)-"
        let row = try await connection.query(
            "SELECT MAX(number) AS last FROM invoices WHERE org_id = ? AND number LIKE ? FOR UPDATE",
            [orgID, SQLConditions.escapeLike(prefix) + "%"]).first
        let last: String? = try row?.decode("last")
        let sequence = (last.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0) + 1
        let digits = String(sequence)
        return prefix + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The charges of lease `leaseID` already on an invoice that is not void (lowercased
    /// ids; the lines and invoices read are locked so a concurrent void waits).
    public static func invoicedCharges(leaseID: UUID, on connection: MariaDBConnection) async throws -> Set<String> {
        let rows = try await connection.query(
            """
            SELECT il.charge_id FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id
            WHERE i.lease_id = ? AND i.status <> 'VOID' FOR UPDATE
            """, [leaseID])
        return Set(try rows.map { (try $0.decode("charge_id") as String).lowercased() })
    }

    public static func insert(id: UUID, orgID: UUID, leaseID: UUID, number: String, issueDate: LocalDate, dueDate: LocalDate,
                              chargeIDs: [String], now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO invoices (id, org_id, lease_id, number, issue_date, due_date, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'GENERATED', ?, ?)
            """,
            [id, orgID, leaseID, number, issueDate, dueDate, now, now])
        for charge in chargeIDs {
            try await connection.execute("INSERT INTO invoice_lines (invoice_id, charge_id) VALUES (?, ?)", [id, charge])
        }
    }

    /// The invoice `id` of `orgID`, locked for update; nil when absent or elsewhere.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> InvoiceRecord? {
        try await connection.query(
            "SELECT \(InvoiceRecord.selectList("i")) FROM invoices i WHERE i.id = ? AND i.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map { try InvoiceRecord(row: $0) }
    }

    public static func setStatus(_ id: UUID, _ status: InvoiceStatus, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE invoices SET status = ?, updated_at = ? WHERE id = ?", [status.rawValue, now, id])
    }
}
