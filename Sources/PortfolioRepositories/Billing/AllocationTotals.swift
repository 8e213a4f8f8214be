import Foundation
import MariaDB

/// Sums of the allocations that count (payment not reversed, charge not voided), per charge
/// or per payment, for many at once: what `Charge.remaining` and `Payment.unallocated` need
/// for a whole page in one statement.
public enum AllocationTotals {
    /// Minor units allocated to each of `chargeIDs` by standing payments; absent ids have none.
    public static func paidPerCharge(_ chargeIDs: [String], orgID: UUID, on connection: MariaDBConnection) async throws -> [String: Int64] {
        try await sums(groupBy: "a.charge_id", ids: chargeIDs, orgID: orgID, on: connection)
    }

    /// Minor units of each of `paymentIDs` allocated to charges that are not voided.
    public static func usedPerPayment(_ paymentIDs: [String], orgID: UUID, on connection: MariaDBConnection) async throws -> [String: Int64] {
        try await sums(groupBy: "a.payment_id", ids: paymentIDs, orgID: orgID, on: connection)
    }

    static func sums(groupBy column: String, ids: [String], orgID: UUID, on connection: MariaDBConnection) async throws -> [String: Int64] {
        var conditions = SQLConditions()
        conditions.add("a.org_id = ?", orgID)
        conditions.add("p.reversed_at IS NULL")
        conditions.add("c.voided_at IS NULL")
        conditions.add(column, in: ids.compactMap { UUID(uuidString: $0) })
        let rows = try await connection.query(
            """
            SELECT \(column) AS owner, CAST(SUM(a.amount_minor) AS SIGNED) AS total
            FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN charges c ON c.id = a.charge_id
            \(conditions.sql) GROUP BY \(column)
            """, conditions.binds)
        var totals: [String: Int64] = [:]
        for row in rows {
            let owner: String = try row.decode("owner")
            totals[owner.lowercased()] = try row.decode("total")
        }
        return totals
    }
}
