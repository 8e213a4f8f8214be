import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Helpers of the leasing HTTP tests: buildings and units inserted with SQL (the portfolio
/// API is another area's), tenants and leases created through /graphql.
extension IdentityHarness {
    /// A building of `org`, inserted directly.
    func leasingBuilding(_ org: OrgFixture.Org) async throws -> String {
        let id = UUID().uuidString.lowercased()
        _ = try await pool.execute(
            "INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, ?, 'Leasing building', NOW(6), NOW(6))",
            [id, org.id, "L" + id.prefix(8)])
        return id
    }

    /// A unit of `building` in `org`, inserted directly.
    func leasingUnit(_ org: OrgFixture.Org, building: String, label: String = "U1") async throws -> String {
        let id = UUID().uuidString.lowercased()
        _ = try await pool.execute(
            "INSERT INTO units (id, org_id, building_id, label, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
            [id, org.id, building, label])
        return id
    }

    /// A tenant of `org` created by its MANAGER; returns the id.
    func createTenant(_ org: OrgFixture.Org, _ name: String, email: String? = nil, phone: String? = nil, status: String? = nil) async throws -> String {
        var input: ObjectValue = ["fullName": .string(name)]
        if let email { input["email"] = .string(email) }
        if let phone { input["phone"] = .string(phone) }
        if let status { input["status"] = .string(status) }
        let reply = try await graphQL(
            "mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }", variables: ["input": .object(input)], as: org, "MANAGER")
        guard let id = reply.data?["createTenant"]?["id"]?.stringValue else { throw HarnessError("createTenant failed: \(reply.text)") }
        return id
    }

    static let leaseFields = "id unitId startDate endDate rent deposit dueDay status endReason parties { role tenantId }"
    static let createLease = "mutation($input: CreateLeaseInput!) { createLease(input: $input) { \(leaseFields) } }"

    /// The input of `createLease`; `parties` as (tenant id, role).
    static func leaseInput(
        unit: String, parties: [(String, String)], start: String = "2026-01-01", end: String? = nil, rent: String = "500.00",
        deposit: String? = "1000", dueDay: Int = 5
    ) -> Value {
        var input: ObjectValue = [
            "unitId": .string(unit), "startDate": .string(start), "rent": .string(rent), "dueDay": .int(dueDay),
            "parties": .list(parties.map { .object(["tenantId": .string($0.0), "role": .string($0.1)]) }),
        ]
        if let end { input["endDate"] = .string(end) }
        if let deposit { input["deposit"] = .string(deposit) }
        return .object(input)
    }

    /// A lease created by the MANAGER of `org`; returns the id.
    func createLease(_ org: OrgFixture.Org, unit: String, tenant: String, start: String = "2026-01-01", end: String? = nil) async throws -> String {
        let reply = try await graphQL(
            Self.createLease, variables: ["input": Self.leaseInput(unit: unit, parties: [(tenant, "PRIMARY")], start: start, end: end)],
            as: org, "MANAGER")
        guard let id = reply.data?["createLease"]?["id"]?.stringValue else { throw HarnessError("createLease failed: \(reply.text)") }
        return id
    }

    /// Links the org's TENANT user to `tenant`.
    func linkTenantUser(_ org: OrgFixture.Org, tenant: String) async throws {
        let reply = try await graphQL(
            "mutation($t: ID!, $u: ID!) { linkTenantUser(tenantId: $t, userId: $u) { id userId } }",
            variables: ["t": .string(tenant), "u": .string(org.userID("TENANT"))], as: org, "MANAGER")
        guard reply.data?["linkTenantUser"]?["userId"]?.stringValue != nil else { throw HarnessError("link failed: \(reply.text)") }
    }
}
