import Foundation
import MariaDB

/// Keeps `charges.settled_on` true: the day a charge became fully paid by standing payments
/// (the latest `paid_on` among the payments whose allocations cover it), NULL while anything
/// is owed. The receivable reports find the charges owing something on a day through it by
/// index instead of summing the allocations of every charge (migration 0008).
///
/// Every statement that changes which allocations count for a charge (a new allocation, a
/// payment reversed) calls one of these in the same transaction; the value is recomputed from
/// the allocations, never adjusted incrementally, so a repeated call is harmless.
public enum ChargeSettlement {
    /// The settled day of the charge aliased `c`, from its standing allocations.
    static let settledOn = """
        (SELECT IF(SUM(a.amount_minor) >= c.amount_minor, MAX(p.paid_on), NULL)
         FROM allocations a JOIN payments p ON p.id = a.payment_id
         WHERE a.charge_id = c.id AND p.reversed_at IS NULL)
        """

    /// Recomputes one charge.
    public static func refresh(chargeID: String, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE charges c SET c.settled_on = \(settledOn) WHERE c.id = ?", [chargeID])
    }

    /// Recomputes every charge the payment is allocated to (after a reversal).
    public static func refresh(chargesOfPayment paymentID: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            UPDATE charges c JOIN (SELECT DISTINCT charge_id FROM allocations WHERE payment_id = ?) x ON x.charge_id = c.id
            SET c.settled_on = \(settledOn)
            """, [paymentID])
    }

    /// Recomputes every charge of an organization, for rows written in bulk without the
    /// payment transactions (the demo seed, benchmarks).
    public static func refreshAll(orgID: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            UPDATE charges c
            LEFT JOIN (
                SELECT a.charge_id, SUM(a.amount_minor) AS paid, MAX(p.paid_on) AS last_paid_on
                FROM allocations a JOIN payments p ON p.id = a.payment_id
                WHERE a.org_id = ? AND p.reversed_at IS NULL
                GROUP BY a.charge_id
            ) s ON s.charge_id = c.id
            SET c.settled_on = IF(c.voided_at IS NULL AND s.paid >= c.amount_minor, s.last_paid_on, NULL)
            WHERE c.org_id = ?
            """, [orgID, orgID])
    }
}
