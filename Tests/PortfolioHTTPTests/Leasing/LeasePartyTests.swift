import Foundation
import GraphQLEngine
import Testing

/// Editing a lease's parties through /graphql: adding a co-tenant, making a party primary,
/// removing a party (never the last; the primary only with a successor), bad input naming
/// the field, roles, ended leases and organization isolation — nothing changed on refusal.
@Suite struct LeasePartyTests {
    typealias H = IdentityHarness
    static let add = "mutation($l: ID!, $i: AddLeasePartyInput!) { addLeaseParty(leaseId: $l, input: $i) { id parties { role tenantId } } }"
    static let remove = "mutation($l: ID!, $t: ID!, $p: ID) { removeLeaseParty(leaseId: $l, tenantId: $t, newPrimaryTenantId: $p) { id parties { role tenantId } } }"
    static let primary = "mutation($l: ID!, $t: ID!) { makeLeasePartyPrimary(leaseId: $l, tenantId: $t) { id parties { role tenantId } } }"

    static func addVariables(_ lease: String, _ tenant: String, _ role: String = "CO_TENANT") -> [String: Value] {
        ["l": .string(lease), "i": .object(["tenantId": .string(tenant), "role": .string(role)])]
    }

    /// (role, tenant id) pairs of a reply's lease, primary first.
    static func parties(_ reply: GraphQLReply, _ field: String) -> [String] {
        (reply.data?[field]?["parties"]?.listValue ?? []).compactMap {
            guard let role = $0["role"]?.stringValue, let tenant = $0["tenantId"]?.stringValue else { return nil }
            return "\(role) \(tenant)"
        }
    }

    func storedParties(_ app: IdentityHarness) async throws -> [String] {
        try await app.pool.query("SELECT role, tenant_id FROM lease_parties ORDER BY role, tenant_id").map {
            "\(try $0.decode("role") as String) \((try $0.decode("tenant_id") as String).lowercased())"
        }
    }

    @Test func addMakePrimaryAndRemove() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let first = try await app.createTenant(orgs.a, "First")
            let second = try await app.createTenant(orgs.a, "Second")
            let guarantor = try await app.createTenant(orgs.a, "Guarantor")
            let lease = try await app.createLease(orgs.a, unit: unit, tenant: first)

            let added = try await app.graphQL(Self.add, variables: Self.addVariables(lease, second), as: orgs.a, "MANAGER")
            #expect(Self.parties(added, "addLeaseParty") == ["PRIMARY \(first)", "CO_TENANT \(second)"], "\(added.text)")
            let addedGuarantor = try await app.graphQL(Self.add, variables: Self.addVariables(lease, guarantor, "GUARANTOR"), as: orgs.a, "MANAGER")
            #expect(Self.parties(addedGuarantor, "addLeaseParty").count == 3, "\(addedGuarantor.text)")

            let promoted = try await app.graphQL(Self.primary, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            #expect(Self.parties(promoted, "makeLeasePartyPrimary") == ["PRIMARY \(second)", "CO_TENANT \(first)", "GUARANTOR \(guarantor)"],
                    "\(promoted.text)")
            let already = try await app.graphQL(Self.primary, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            #expect(Self.parties(already, "makeLeasePartyPrimary").first == "PRIMARY \(second)", "\(already.text)")

            // Removing the primary needs a successor who is another party.
            let noSuccessor = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            #expect(noSuccessor.badFields == ["newPrimaryTenantId"], "\(noSuccessor.text)")
            #expect(noSuccessor.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("REQUIRED"))
            let self_ = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second), "p": .string(second)], as: orgs.a, "MANAGER")
            #expect(self_.badFields == ["newPrimaryTenantId"])
            let outsider = try await app.createTenant(orgs.a, "Outsider")
            let notParty = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second), "p": .string(outsider)], as: orgs.a, "MANAGER")
            #expect(notParty.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("NOT_A_PARTY"), "\(notParty.text)")
            #expect(try await storedParties(app).count == 3)

            let removed = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second), "p": .string(first)], as: orgs.a, "MANAGER")
            #expect(Self.parties(removed, "removeLeaseParty") == ["PRIMARY \(first)", "GUARANTOR \(guarantor)"], "\(removed.text)")
            let removedGuarantor = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(guarantor)], as: orgs.a, "MANAGER")
            #expect(Self.parties(removedGuarantor, "removeLeaseParty") == ["PRIMARY \(first)"], "\(removedGuarantor.text)")

            // Never the last party.
            let last = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(first)], as: orgs.a, "MANAGER")
            #expect(last.badFields == ["tenantId"])
            #expect(last.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("LAST_PARTY"))
            #expect(try await storedParties(app) == ["PRIMARY \(first)"])
            #expect(try await app.count("SELECT COUNT(*) FROM lease_parties WHERE role = 'PRIMARY'") == 1)
        }
    }

    @Test func badInputNamesTheFieldAndChangesNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let first = try await app.createTenant(orgs.a, "First")
            let second = try await app.createTenant(orgs.a, "Second")
            let lease = try await app.createLease(orgs.a, unit: unit, tenant: first)
            let before = try await storedParties(app)

            let asPrimary = try await app.graphQL(Self.add, variables: Self.addVariables(lease, second, "PRIMARY"), as: orgs.a, "MANAGER")
            #expect(asPrimary.code == "BAD_USER_INPUT")
            #expect(asPrimary.badFields == ["role"])
            let twice = try await app.graphQL(Self.add, variables: Self.addVariables(lease, first), as: orgs.a, "MANAGER")
            #expect(twice.badFields == ["tenantId"])
            #expect(twice.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("DUPLICATE"))
            let notParty = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            #expect(notParty.badFields == ["tenantId"])
            let promoteStranger = try await app.graphQL(Self.primary, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            #expect(promoteStranger.badFields == ["tenantId"])
            let malformed = try await app.graphQL(Self.add, variables: Self.addVariables(lease, "not-an-id"), as: orgs.a, "MANAGER")
            #expect(malformed.code == "NOT_FOUND")
            #expect(try await storedParties(app) == before)

            // Ended leases keep their parties.
            _ = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-03-31")])], as: orgs.a, "MANAGER")
            let ended = try await app.graphQL(Self.add, variables: Self.addVariables(lease, second), as: orgs.a, "MANAGER")
            #expect(ended.badFields == ["leaseId"])
            #expect(ended.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("ILLEGAL_TRANSITION"))
            #expect(try await storedParties(app) == before)
        }
    }

    @Test func rolesAndOtherOrganizations() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let first = try await app.createTenant(orgs.a, "First")
            let second = try await app.createTenant(orgs.a, "Second")
            let lease = try await app.createLease(orgs.a, unit: unit, tenant: first)
            let unitB = try await app.leasingUnit(orgs.b, building: try await app.leasingBuilding(orgs.b))
            let tenantB = try await app.createTenant(orgs.b, "Elsewhere")
            let leaseB = try await app.createLease(orgs.b, unit: unitB, tenant: tenantB)
            let before = try await storedParties(app)

            for role in ["STAFF", "TENANT"] {
                let reply = try await app.graphQL(Self.add, variables: Self.addVariables(lease, second), as: orgs.a, role)
                #expect(reply.code == "FORBIDDEN", "\(role): \(reply.text)")
                let removal = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(first)], as: orgs.a, role)
                #expect(removal.code == "FORBIDDEN")
                let promotion = try await app.graphQL(Self.primary, variables: ["l": .string(lease), "t": .string(first)], as: orgs.a, role)
                #expect(promotion.code == "FORBIDDEN")
            }
            // Org B's tenant on org A's lease, and org B's lease with org A's token.
            let foreignTenant = try await app.graphQL(Self.add, variables: Self.addVariables(lease, tenantB), as: orgs.a, "MANAGER")
            #expect(foreignTenant.code == "NOT_FOUND", "\(foreignTenant.text)")
            let foreignLease = try await app.graphQL(Self.add, variables: Self.addVariables(leaseB, second), as: orgs.a, "MANAGER")
            #expect(foreignLease.code == "NOT_FOUND")
            let foreignRemove = try await app.graphQL(Self.remove, variables: ["l": .string(leaseB), "t": .string(tenantB)], as: orgs.a, "MANAGER")
            #expect(foreignRemove.code == "NOT_FOUND")
            let foreignPrimary = try await app.graphQL(Self.primary, variables: ["l": .string(leaseB), "t": .string(tenantB)], as: orgs.a, "MANAGER")
            #expect(foreignPrimary.code == "NOT_FOUND")
            let foreignSuccessor = try await app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(first), "p": .string(tenantB)], as: orgs.a, "MANAGER")
            #expect(foreignSuccessor.code == "NOT_FOUND")
            #expect(try await storedParties(app) == before)
        }
    }

    @Test func concurrentRemovalsNeverLeaveALeaseWithoutParties() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let first = try await app.createTenant(orgs.a, "First")
            let second = try await app.createTenant(orgs.a, "Second")
            let lease = try await app.createLease(orgs.a, unit: unit, tenant: first)
            _ = try await app.graphQL(Self.add, variables: Self.addVariables(lease, second), as: orgs.a, "MANAGER")
            // One removes the co-tenant, the other the primary (naming the co-tenant as
            // successor): whichever runs second must be refused.
            async let one = app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(second)], as: orgs.a, "MANAGER")
            async let two = app.graphQL(Self.remove, variables: ["l": .string(lease), "t": .string(first), "p": .string(second)], as: orgs.a, "OWNER")
            let (r1, r2) = try await (one, two)
            #expect([r1, r2].filter { $0.errors.isEmpty }.count == 1, "\(r1.text) \(r2.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM lease_parties") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM lease_parties WHERE role = 'PRIMARY'") == 1)
        }
    }
}
