import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Leases for billing tests, inserted with SQL (building → unit → tenant → lease → party)
/// so the billing tests do not depend on the portfolio and leasing mutations.
extension IdentityHarness {
    /// A lease of `org` with `rent` (minor units) from `start` to `end`, due on `dueDay`;
    /// the org's TENANT user is its primary party when `tenantUser` is true.
    func lease(_ org: OrgFixture.Org, rent: Int64 = 100_000, start: String = "2026-01-01", end: String? = nil,
               dueDay: Int = 1, tenantUser: Bool = false) async throws -> String {
        let orgID = UUID(uuidString: org.id)!
        let building = UUID(), unit = UUID(), tenant = UUID(), lease = UUID()
        try await pool.execute(
            "INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, ?, 'B', NOW(6), NOW(6))",
            [building, orgID, "B-" + building.uuidString.prefix(8)])
        try await pool.execute(
            "INSERT INTO units (id, org_id, building_id, label, created_at, updated_at) VALUES (?, ?, ?, 'U1', NOW(6), NOW(6))",
            [unit, orgID, building])
        try await pool.execute(
            "INSERT INTO tenants (id, org_id, user_id, full_name, created_at, updated_at) VALUES (?, ?, ?, 'Tenant', NOW(6), NOW(6))",
            [tenant, orgID, tenantUser ? UUID(uuidString: org.userID("TENANT")) : nil])
        try await pool.execute(
            """
            INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, due_day, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', NOW(6), NOW(6))
            """,
            [lease, orgID, unit, start, end, rent, dueDay])
        try await pool.execute(
            "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, 'PRIMARY', ?)", [lease, tenant, orgID])
        return lease.uuidString.lowercased()
    }

    /// A charge of `lease` through the API (MANAGER of `org`), returning its id.
    func charge(_ org: OrgFixture.Org, lease: String, amount: String, dueDate: String, kind: String = "UTILITY") async throws -> String {
        let reply = try await graphQL(
            "mutation($i: CreateChargeInput!) { createCharge(input: $i) { id } }",
            variables: ["i": .object(["leaseId": .string(lease), "kind": .string(kind), "amount": .string(amount),
                                      "dueDate": .string(dueDate), "description": .string("Water")])],
            as: org, "MANAGER")
        guard let id = reply.data?["createCharge"]?["id"]?.stringValue else { throw HarnessError("createCharge failed: \(reply.text)") }
        return id
    }
}
