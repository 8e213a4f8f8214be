import Foundation
import MariaDB
import PortfolioDomain

/// The SQL side of `LeaseRentTrim`: reading a lease's standing rent charges and voiding those
/// a lease's earlier end makes unowed, inside the caller's transaction (which has already
/// locked the lease row `FOR UPDATE`, like every money-moving mutation of the lease).
///
/// The unique key `(lease_id, rent_month)` covers voided rows too, so a voided rent charge
/// gives its month up: voiding here also clears `rent_month` (the description, e.g.
/// "Rent 2026-07", and the void reason still name the month). That lets the prorated
/// replacement of the end month take the month's key, and lets the months be billed again by
/// `generateRentCharges` should the lease later be extended.
public enum LeaseRentTrimming {
    /// The lease's standing rent charges, locked `FOR UPDATE` (a locking read: it sees rows
    /// committed after the transaction's snapshot, e.g. by a concurrent rent generation).
    public static func standingRentCharges(leaseID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> [ChargeRecord] {
        try await connection.query(
            """
            SELECT \(ChargeRecord.selectList("t")) FROM charges t
            WHERE t.lease_id = ? AND t.org_id = ? AND t.kind = 'RENT' AND t.rent_month IS NOT NULL AND t.voided_at IS NULL
            ORDER BY t.rent_month, t.id FOR UPDATE
            """,
            [leaseID, orgID]
        ).map(ChargeRecord.init(row:))
    }

    /// The ids (lowercased) among `chargeIDs` that standing (not reversed) payments are
    /// allocated to: those cannot be voided (billing's CHARGE_ALLOCATED rule). A locking read,
    /// so an allocation committed after the transaction's snapshot is seen.
    public static func allocated(_ chargeIDs: [String], orgID: UUID, on connection: MariaDBConnection) async throws -> Set<String> {
        let ids = chargeIDs.compactMap { UUID(uuidString: $0) }
        guard !ids.isEmpty else { return [] }
        var conditions = SQLConditions()
        conditions.add("a.org_id = ?", orgID)
        conditions.add("p.reversed_at IS NULL")
        conditions.add("a.charge_id", in: ids)
        let rows = try await connection.query(
            "SELECT a.charge_id FROM allocations a JOIN payments p ON p.id = a.payment_id \(conditions.sql) LOCK IN SHARE MODE",
            conditions.binds)
        return Set(try rows.map { (try $0.decode("charge_id") as String).lowercased() })
    }

    /// Voids the charge with `reason` and frees its month (clears `rent_month`).
    public static func void(_ chargeID: UUID, reason: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE charges SET voided_at = ?, void_reason = ?, rent_month = NULL WHERE id = ? AND voided_at IS NULL",
            [now, reason, chargeID])
    }
}
