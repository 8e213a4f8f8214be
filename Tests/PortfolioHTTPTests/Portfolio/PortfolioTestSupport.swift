import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Shortcuts of the portfolio tests: create rows through the API, and a lease written
/// straight to the database (leases belong to another area) to make a unit occupied and
/// a TENANT user a party of it.
extension IdentityHarness {
    func createBuilding(_ org: OrgFixture.Org, code: String, name: String? = nil, city: String? = nil) async throws -> String {
        var input: ObjectValue = ["code": .string(code), "name": .string(name ?? "Building \(code)")]
        if let city { input["city"] = .string(city) }
        let reply = try await graphQL(
            "mutation($input: BuildingInput!) { createBuilding(input: $input) { id } }", variables: ["input": .object(input)], as: org)
        return try #require(reply.data?["createBuilding"]?["id"]?.stringValue, "\(reply.text)")
    }

    func createUnit(_ org: OrgFixture.Org, building: String, label: String, extra: ObjectValue = [:]) async throws -> String {
        var input: ObjectValue = ["buildingId": .string(building), "label": .string(label)]
        for (key, value) in extra { input[key] = value }
        let reply = try await graphQL(
            "mutation($input: UnitInput!) { createUnit(input: $input) { id } }", variables: ["input": .object(input)], as: org)
        return try #require(reply.data?["createUnit"]?["id"]?.stringValue, "\(reply.text)")
    }

    /// An ACTIVE lease of `unit` from `start` (open-ended), with `tenantUser` (if any) as its
    /// primary party through a tenant linked to that user.
    func lease(_ org: OrgFixture.Org, unit: String, start: String = "2020-01-01", end: String? = nil, tenantUser: String? = nil) async throws {
        let tenant = UUID()
        let lease = UUID()
        try await pool.execute(
            "INSERT INTO tenants (id, org_id, user_id, full_name, created_at, updated_at) VALUES (?, ?, ?, 'Tenant', NOW(6), NOW(6))",
            [tenant, UUID(uuidString: org.id), tenantUser.flatMap(UUID.init(uuidString:))])
        try await pool.execute("""
            INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, deposit_minor, due_day, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 100000, 0, 1, 'ACTIVE', NOW(6), NOW(6))
            """, [lease, UUID(uuidString: org.id), UUID(uuidString: unit), start, end])
        try await pool.execute(
            "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, 'PRIMARY', ?)",
            [lease, tenant, UUID(uuidString: org.id)])
    }
}

extension GraphQLReply {
    /// The `code` of the bad field named `field`, if the reply names it.
    func fieldCode(_ field: String) -> String? {
        let fields = errors.first?["extensions"]?["fields"]?.listValue ?? []
        return fields.first { $0["field"]?.stringValue == field }?["code"]?.stringValue
    }
}
