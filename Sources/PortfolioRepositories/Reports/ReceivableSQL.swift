/// The SQL shared by the receivable reports (delinquency, rent roll): a charge's remaining
/// balance as of a date, computed in the database so a report reads one aggregated row per
/// lease instead of every charge.
///
/// Definition (docs/api/reports.md): remaining = amount − Σ allocations of payments that are
/// not reversed and were paid on or before the date; voided charges owe nothing. This is
/// `ChargeBalance.remaining` of the domain expressed as an aggregate.
enum ReceivableSQL {
    /// Open charges of one organization due on or before a date, each with its `remaining`
    /// balance (> 0). Binds, in order: as-of date (allocations), org id, as-of date (due).
    /// Columns: `id`, `lease_id`, `due_date`, `remaining`.
    static let openCharges = """
        SELECT oc.id, oc.lease_id, oc.due_date, oc.remaining FROM (
            SELECT c.id, c.lease_id, c.due_date,
                   c.amount_minor - COALESCE((
                       SELECT SUM(a.amount_minor) FROM allocations a JOIN payments p ON p.id = a.payment_id
                       WHERE a.charge_id = c.id AND p.reversed_at IS NULL AND p.paid_on <= ?), 0) AS remaining
            FROM charges c
            WHERE c.org_id = ? AND c.voided_at IS NULL AND c.due_date <= ?
        ) oc WHERE oc.remaining > 0
        """

    /// The display name of a lease's tenant: the primary party, else the first party by
    /// name; `lease` is the SQL expression of the lease id.
    static func tenantName(lease: String) -> String {
        """
        (SELECT t.full_name FROM lease_parties lp JOIN tenants t ON t.id = lp.tenant_id
         WHERE lp.lease_id = \(lease) ORDER BY lp.role = 'PRIMARY' DESC, t.full_name, t.id LIMIT 1)
        """
    }
}
