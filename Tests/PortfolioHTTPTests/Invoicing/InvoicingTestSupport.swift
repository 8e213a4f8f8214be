import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Leases and charges for the invoicing and deposit tests, inserted with SQL (building →
/// unit → tenant → lease → party → charges) so these tests depend on no other area's mutations.
extension IdentityHarness {
    /// A lease of `org` with an agreed deposit of `depositMinor`; the org's TENANT user is its
    /// primary party when `tenantUser` is true.
    func invoicingLease(_ org: OrgFixture.Org, depositMinor: Int64 = 200_000, tenantUser: Bool = false) async throws -> String {
        let orgID = UUID(uuidString: org.id)!
        let building = UUID(), unit = UUID(), tenant = UUID(), lease = UUID()
        try await pool.execute(
            "INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, ?, 'B', NOW(6), NOW(6))",
            [building, orgID, "IB-" + building.uuidString.prefix(8)])
        try await pool.execute(
            "INSERT INTO units (id, org_id, building_id, label, created_at, updated_at) VALUES (?, ?, ?, 'U1', NOW(6), NOW(6))",
            [unit, orgID, building])
        try await pool.execute(
            "INSERT INTO tenants (id, org_id, user_id, full_name, created_at, updated_at) VALUES (?, ?, ?, 'Tenant', NOW(6), NOW(6))",
            [tenant, orgID, tenantUser ? UUID(uuidString: org.userID("TENANT")) : nil])
        try await pool.execute(
            """
            INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, deposit_minor, due_day, status, created_at, updated_at)
            VALUES (?, ?, ?, '2026-01-01', NULL, 100000, ?, 1, 'ACTIVE', NOW(6), NOW(6))
            """,
            [lease, orgID, unit, depositMinor])
        try await pool.execute(
            "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, 'PRIMARY', ?)", [lease, tenant, orgID])
        return lease.uuidString.lowercased()
    }

    /// A charge of `lease` (UTILITY, `amountMinor`, due `dueDate`); `voided` marks it void.
    func invoicingCharge(_ org: OrgFixture.Org, lease: String, amountMinor: Int64, dueDate: String,
                         description: String = "Water", voided: Bool = false) async throws -> String {
        let id = UUID()
        try await pool.execute(
            """
            INSERT INTO charges (id, org_id, lease_id, kind, description, amount_minor, due_date, voided_at, void_reason, created_at)
            VALUES (?, ?, ?, 'UTILITY', ?, ?, ?, ?, ?, '2026-01-01 00:00:00')
            """,
            [id, UUID(uuidString: org.id), UUID(uuidString: lease), description, amountMinor, dueDate,
             voided ? Date() : nil, voided ? "mistake" : nil])
        return id.uuidString.lowercased()
    }
}
