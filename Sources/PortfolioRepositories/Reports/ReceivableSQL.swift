import Foundation
import MariaDB
import PortfolioDomain

/// The SQL shared by the receivable reports (delinquency, rent roll): what each charge still
/// owed on a date, computed in the database so a report reads one aggregated row per lease
/// instead of every charge.
///
/// Definition (docs/api/reports.md), the ledger's rules (`ChargeBalance`) as an aggregate:
/// a charge owes on day D when it is due by D and not voided by D (`voided_at`'s UTC day
/// after D); remaining = amount − Σ allocations of payments received by D and not reversed
/// by D.
///
/// Only candidates are summed: a charge whose `settled_on` (migration 0008, kept by
/// `ChargeSettlement`) is on or before D was fully paid by payments that still stand, so it
/// owed nothing on D; `ix_charges_org_settled_due` reads the others (owing now, or settled
/// after D) without touching the settled majority. The index is named: for a date in the
/// past MariaDB 10.11 otherwise reads every charge of the organization by `org_id` (10 s
/// instead of 0.1 s as of 2025-06-30 at 1,000,000 charges, docs/benchmarks-reports.md).
enum ReceivableSQL {
    /// Charges of one organization owing something on `asOf`, each with its `remaining`
    /// balance (> 0). Columns: `id`, `lease_id`, `due_date`, `remaining`.
    static func openCharges(orgID: UUID, asOf: LocalDate) -> (sql: String, binds: [any MariaDBBindable]) {
        let sql = """
            SELECT oc.id, oc.lease_id, oc.due_date, oc.remaining FROM (
                SELECT c.id, c.lease_id, c.due_date,
                       c.amount_minor - COALESCE((
                           SELECT SUM(a.amount_minor) FROM allocations a JOIN payments p ON p.id = a.payment_id
                           WHERE a.charge_id = c.id AND p.paid_on <= ?
                             AND (p.reversed_at IS NULL OR DATE(p.reversed_at) > ?)), 0) AS remaining
                FROM charges c FORCE INDEX (ix_charges_org_settled_due)
                WHERE c.org_id = ? AND (c.settled_on IS NULL OR c.settled_on > ?) AND c.due_date <= ?
                  AND (c.voided_at IS NULL OR DATE(c.voided_at) > ?)
            ) oc WHERE oc.remaining > 0
            """
        return (sql, [asOf, asOf, orgID, asOf, asOf, asOf])
    }

    /// The display name of each lease's tenant: the primary party, else the first party by
    /// name. A derived table (`lease_id`, `tenant_name`) of the whole organization, computed
    /// once with a window function rather than once per row.
    static func tenantNames(orgID: UUID) -> (sql: String, binds: [any MariaDBBindable]) {
        let sql = """
            SELECT ranked.lease_id, ranked.tenant_name FROM (
                SELECT lp.lease_id, t.full_name AS tenant_name,
                       ROW_NUMBER() OVER (PARTITION BY lp.lease_id ORDER BY lp.role = 'PRIMARY' DESC, t.full_name, t.id) AS position
                FROM lease_parties lp JOIN tenants t ON t.id = lp.tenant_id
                WHERE lp.org_id = ?
            ) ranked WHERE ranked.position = 1
            """
        return (sql, [orgID])
    }
}
