import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Rows for the charges and payments list tests, inserted with SQL (many rows, exact
/// amounts, dates and creation times, without a request each).
extension IdentityHarness {
    /// The unit and building of `lease`.
    func place(of lease: String) async throws -> (unit: String, building: String) {
        let rows = try await pool.query(
            "SELECT l.unit_id, u.building_id FROM leases l JOIN units u ON u.id = l.unit_id WHERE l.id = ?", [lease])
        let row = try #require(rows.first)
        let unit: String = try row.decode("unit_id")
        let building: String = try row.decode("building_id")
        return (unit.lowercased(), building.lowercased())
    }

    /// A charge of `lease` written directly; returns its id.
    @discardableResult
    func rawCharge(_ org: OrgFixture.Org, lease: String, kind: String = "UTILITY", amountMinor: Int64, due: String,
                   createdAt: String = "2026-01-01 00:00:00", voided: Bool = false) async throws -> String {
        let id = UUID()
        try await pool.execute(
            """
            INSERT INTO charges (id, org_id, lease_id, kind, description, amount_minor, due_date, voided_at, void_reason, created_at)
            VALUES (?, ?, ?, ?, 'Test charge', ?, ?, ?, ?, ?)
            """,
            [id, UUID(uuidString: org.id)!, UUID(uuidString: lease)!, kind, amountMinor, due,
             voided ? "2026-01-02 00:00:00" : nil, voided ? "Mistake" : nil, createdAt])
        return id.uuidString.lowercased()
    }

    /// A payment of `lease` written directly (no allocations); returns its id.
    @discardableResult
    func rawPayment(_ org: OrgFixture.Org, lease: String, kind: String = "RENT", method: String = "BANK", amountMinor: Int64,
                    paidOn: String, createdAt: String = "2026-01-01 00:00:00", reversed: Bool = false) async throws -> String {
        let id = UUID()
        try await pool.execute(
            """
            INSERT INTO payments (id, org_id, lease_id, kind, amount_minor, paid_on, method, reversed_at, reverse_reason, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, UUID(uuidString: org.id)!, UUID(uuidString: lease)!, kind, amountMinor, paidOn, method,
             reversed ? "2026-01-02 00:00:00" : nil, reversed ? "Bounced" : nil, createdAt])
        return id.uuidString.lowercased()
    }
}

extension GraphQLReply {
    /// The ids of `data.<field>.nodes`, in order.
    func nodeIDs(_ field: String) -> [String] {
        (data?[field]?["nodes"]?.listValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    /// `data.<field>.totalCount`.
    func totalCount(_ field: String) -> Int? {
        if case .int(let count)? = data?[field]?["totalCount"] { return count }
        return nil
    }

    /// `data.<field>.pageInfo.<key>`.
    func pageInfo(_ field: String, _ key: String) -> Value? { data?[field]?["pageInfo"]?[key] }
}
