import Foundation
import MariaDB
import PortfolioDomain

/// The month's money movements aggregated per building, direction and category in SQL —
/// one row per group, not per payment — ready for `CashflowReport` (which sums them into
/// portfolio, building and category figures).
public enum CashflowRepository {
    /// The category deposit refunds are reported under.
    public static let depositRefundCategory = "DEPOSIT_REFUND"

    /// One aggregated group.
    public struct Group: Sendable, Hashable {
        public let buildingID: UUID
        public let buildingName: String
        public let direction: CashflowEntry.Direction
        /// A payment kind (income), an expense category, or `DEPOSIT_REFUND`.
        public let category: String
        public let amountMinor: Int64
    }

    /// Income = payments paid in the month and not reversed (by payment kind); expenses =
    /// expenses spent in the month (by category); deposit refunds refunded in the month.
    /// Each is attributed to the building of its lease's unit (expenses: their building).
    public static func groups(orgID: UUID, month: BillingMonth, on connection: MariaDBConnection) async throws -> [Group] {
        let first = month.firstDay, last = month.lastDay
        let sql = """
            SELECT m.building_id, b.name AS building_name, m.direction, m.category, SUM(m.amount) AS amount FROM (
                SELECT u.building_id, 'INCOME' AS direction, p.kind AS category, p.amount_minor AS amount
                FROM payments p JOIN leases l ON l.id = p.lease_id JOIN units u ON u.id = l.unit_id
                WHERE p.org_id = ? AND p.paid_on BETWEEN ? AND ? AND p.reversed_at IS NULL
                UNION ALL
                SELECT e.building_id, 'EXPENSE', e.category, e.amount_minor
                FROM expenses e WHERE e.org_id = ? AND e.spent_on BETWEEN ? AND ?
                UNION ALL
                SELECT u.building_id, 'EXPENSE', '\(depositRefundCategory)', r.amount_minor
                FROM deposit_refunds r JOIN leases l ON l.id = r.lease_id JOIN units u ON u.id = l.unit_id
                WHERE r.org_id = ? AND r.refunded_on BETWEEN ? AND ?
            ) m JOIN buildings b ON b.id = m.building_id
            GROUP BY m.building_id, b.name, m.direction, m.category
            ORDER BY m.building_id, m.direction, m.category
            """
        let binds: [any MariaDBBindable] = [orgID, first, last, orgID, first, last, orgID, first, last]
        return try await connection.query(sql, binds).compactMap { row in
            guard let direction = CashflowEntry.Direction(rawValue: try row.decode("direction", as: String.self)) else { return nil }
            return Group(
                buildingID: try row.decode("building_id"), buildingName: try row.decode("building_name"),
                direction: direction, category: try row.decode("category"), amountMinor: try row.decode("amount"))
        }
    }
}
