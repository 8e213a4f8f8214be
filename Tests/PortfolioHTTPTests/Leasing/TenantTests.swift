import Foundation
import GraphQLEngine
import Testing

/// Tenants and family members through /graphql: CRUD, validation, search/filter/paging,
/// the delete rule, user links, TENANT self-scope and organization isolation.
@Suite struct TenantTests {
    static let fields = "id fullName email phone status identityType identityNumber notes userId"
    static let create = "mutation($input: CreateTenantInput!) { createTenant(input: $input) { \(fields) } }"
    static let update = "mutation($id: ID!, $input: UpdateTenantInput!) { updateTenant(id: $id, input: $input) { \(fields) } }"

    @Test func createReadUpdateDeleteWithFamily() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let created = try await app.graphQL(Self.create, variables: ["input": .object([
                "fullName": .string(" Adam Ismail "), "email": .string("adam@example.com"), "phone": .string("+960 7700001"),
                "identityType": .string("PASSPORT"), "identityNumber": .string("P123"), "notes": .string("Prefers e-mail"),
            ])], as: orgs.a, "STAFF")
            let tenant = try #require(created.data?["createTenant"], "\(created.text)")
            #expect(tenant["fullName"] == .string("Adam Ismail"))
            #expect(tenant["status"] == .string("ACTIVE"))
            #expect(tenant["identityType"] == .string("PASSPORT"))
            let id = try #require(tenant["id"]?.stringValue)

            let changed = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object([
                "status": .string("INACTIVE"), "phone": .null, "notes": .string("Moved abroad"),
            ])], as: orgs.a, "MANAGER")
            let after = try #require(changed.data?["updateTenant"], "\(changed.text)")
            #expect(after["status"] == .string("INACTIVE"))
            #expect(after["phone"] == .null)
            #expect(after["email"] == .string("adam@example.com"))
            #expect(after["notes"] == .string("Moved abroad"))

            let added = try await app.graphQL(
                "mutation($t: ID!, $input: AddFamilyMemberInput!) { addFamilyMember(tenantId: $t, input: $input) { id tenantId fullName relationship dateOfBirth } }",
                variables: ["t": .string(id), "input": .object(["fullName": .string("Jane Ismail"), "relationship": .string("Spouse"), "dateOfBirth": .string("1990-02-03")])],
                as: orgs.a, "STAFF")
            let member = try #require(added.data?["addFamilyMember"], "\(added.text)")
            #expect(member["tenantId"]?.stringValue == id)
            #expect(member["dateOfBirth"] == .string("1990-02-03"))
            let memberID = try #require(member["id"]?.stringValue)
            let renamed = try await app.graphQL(
                "mutation($id: ID!, $input: UpdateFamilyMemberInput!) { updateFamilyMember(id: $id, input: $input) { fullName relationship } }",
                variables: ["id": .string(memberID), "input": .object(["fullName": .string("Jane I."), "relationship": .null])], as: orgs.a, "MANAGER")
            #expect(renamed.data?["updateFamilyMember"]?["fullName"] == .string("Jane I."))
            #expect(renamed.data?["updateFamilyMember"]?["relationship"] == .null)

            let read = try await app.graphQL(
                "query($id: ID!) { tenant(id: $id) { fullName familyMembers { fullName } leases { id } } }",
                variables: ["id": .string(id)], as: orgs.a, "STAFF")
            #expect(read.data?["tenant"]?["familyMembers"] == .list([.object(["fullName": .string("Jane I.")])]), "\(read.text)")
            #expect(read.data?["tenant"]?["leases"] == .list([]))

            let removed = try await app.graphQL("mutation($id: ID!) { removeFamilyMember(id: $id) }", variables: ["id": .string(memberID)], as: orgs.a, "MANAGER")
            #expect(removed.data?["removeFamilyMember"]?.stringValue == memberID)
            #expect(try await app.count("SELECT COUNT(*) FROM family_members") == 0)

            _ = try await app.graphQL(
                "mutation($t: ID!, $input: AddFamilyMemberInput!) { addFamilyMember(tenantId: $t, input: $input) { id } }",
                variables: ["t": .string(id), "input": .object(["fullName": .string("Kid")])], as: orgs.a, "MANAGER")
            let staffDelete = try await app.graphQL("mutation($id: ID!) { deleteTenant(id: $id) }", variables: ["id": .string(id)], as: orgs.a, "STAFF")
            #expect(staffDelete.code == "FORBIDDEN")
            let deleted = try await app.graphQL("mutation($id: ID!) { deleteTenant(id: $id) }", variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            #expect(deleted.data?["deleteTenant"]?.stringValue == id, "\(deleted.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM tenants") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM family_members") == 0)
        }
    }

    @Test func badInputNamesTheFieldAndChangesNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let blank = try await app.graphQL(Self.create, variables: ["input": .object(["fullName": .string("  ")])], as: orgs.a, "MANAGER")
            #expect(blank.code == "BAD_USER_INPUT")
            #expect(blank.badFields == ["fullName"])
            let several = try await app.graphQL(Self.create, variables: ["input": .object([
                "fullName": .string("Ok"), "email": .string("not-an-email"), "phone": .string("abc"),
                "identityType": .string(String(repeating: "x", count: 41)),
            ])], as: orgs.a, "MANAGER")
            #expect(Set(several.badFields) == ["email", "phone", "identityType"])
            #expect(try await app.count("SELECT COUNT(*) FROM tenants") == 0)

            let id = try await app.createTenant(orgs.a, "Bea", email: "bea@example.com")
            let clearName = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["fullName": .null])], as: orgs.a, "MANAGER")
            #expect(clearName.badFields == ["fullName"])
            let clearStatus = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["status": .null])], as: orgs.a, "MANAGER")
            #expect(clearStatus.badFields == ["status"])
            let badBirth = try await app.graphQL(
                "mutation($t: ID!, $input: AddFamilyMemberInput!) { addFamilyMember(tenantId: $t, input: $input) { id } }",
                variables: ["t": .string(id), "input": .object(["fullName": .string("Kid"), "dateOfBirth": .string("2999-01-01")])], as: orgs.a, "MANAGER")
            #expect(badBirth.badFields == ["dateOfBirth"])
            #expect(try await app.count("SELECT COUNT(*) FROM tenants WHERE full_name = 'Bea' AND email = 'bea@example.com'") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM family_members") == 0)
        }
    }

    @Test func deleteRefusedWhileLeased() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let tenant = try await app.createTenant(orgs.a, "Leased")
            _ = try await app.createLease(orgs.a, unit: unit, tenant: tenant)
            let refused = try await app.graphQL("mutation($id: ID!) { deleteTenant(id: $id) }", variables: ["id": .string(tenant)], as: orgs.a, "OWNER")
            #expect(refused.code == "BAD_USER_INPUT")
            #expect(refused.badFields == ["id"])
            #expect(refused.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("TENANT_HAS_LEASES"))
            #expect(try await app.count("SELECT COUNT(*) FROM tenants") == 1)
        }
    }

    @Test func searchFilterOrderAndPaging() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            _ = try await app.createTenant(orgs.a, "Carla Diaz", email: "carla@example.com")
            _ = try await app.createTenant(orgs.a, "Ali Hassan", phone: "7700123")
            _ = try await app.createTenant(orgs.a, "Bob Stone", status: "FORMER")
            _ = try await app.createTenant(orgs.a, "Dina 100%", email: "dina@example.org")
            _ = try await app.createTenant(orgs.b, "Ali Other Org")
            let list = "query($f: TenantFilter, $o: TenantOrder, $first: Int, $after: String) { tenants(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount nodes { fullName } pageInfo { hasNextPage endCursor } } }"
            func names(_ reply: GraphQLReply) -> [String] {
                reply.data?["tenants"]?["nodes"]?.listValue?.compactMap { $0["fullName"]?.stringValue } ?? []
            }
            let all = try await app.graphQL(list, as: orgs.a, "STAFF")
            #expect(names(all) == ["Ali Hassan", "Bob Stone", "Carla Diaz", "Dina 100%"], "\(all.text)")
            #expect(all.data?["tenants"]?["totalCount"] == .int(4))
            #expect(names(try await app.graphQL(list, variables: ["f": .object(["search": .string("CARLA@")])], as: orgs.a, "STAFF")) == ["Carla Diaz"])
            #expect(names(try await app.graphQL(list, variables: ["f": .object(["search": .string("0012")])], as: orgs.a, "STAFF")) == ["Ali Hassan"])
            #expect(names(try await app.graphQL(list, variables: ["f": .object(["search": .string("0%")])], as: orgs.a, "STAFF")) == ["Dina 100%"])
            #expect(names(try await app.graphQL(list, variables: ["f": .object(["status": .list([.string("FORMER")])])], as: orgs.a, "STAFF")) == ["Bob Stone"])
            let desc = try await app.graphQL(list, variables: ["o": .object(["field": .string("FULL_NAME"), "direction": .string("DESC")])], as: orgs.a, "STAFF")
            #expect(names(desc) == ["Dina 100%", "Carla Diaz", "Bob Stone", "Ali Hassan"])

            let first = try await app.graphQL(list, variables: ["first": .int(3)], as: orgs.a, "STAFF")
            #expect(names(first) == ["Ali Hassan", "Bob Stone", "Carla Diaz"])
            #expect(first.data?["tenants"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            let cursor = try #require(first.data?["tenants"]?["pageInfo"]?["endCursor"]?.stringValue)
            let second = try await app.graphQL(list, variables: ["first": .int(3), "after": .string(cursor)], as: orgs.a, "STAFF")
            #expect(names(second) == ["Dina 100%"])
            #expect(second.data?["tenants"]?["pageInfo"]?["hasNextPage"] == .bool(false))
        }
    }

    @Test func tenantUserSeesOnlyTheirOwnRecord() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let mine = try await app.createTenant(orgs.a, "Me Tenant")
            let other = try await app.createTenant(orgs.a, "Someone Else")
            let beforeLink = try await app.graphQL("{ myTenant { id } tenants { totalCount } }", as: orgs.a, "TENANT")
            #expect(beforeLink.data?["myTenant"] == .null, "\(beforeLink.text)")
            #expect(beforeLink.data?["tenants"]?["totalCount"] == .int(0))

            // Only an active TENANT member can be linked.
            let staffLink = try await app.graphQL(
                "mutation($t: ID!, $u: ID!) { linkTenantUser(tenantId: $t, userId: $u) { id } }",
                variables: ["t": .string(mine), "u": .string(orgs.a.userID("STAFF"))], as: orgs.a, "MANAGER")
            #expect(staffLink.badFields == ["userId"])
            let foreignUser = try await app.graphQL(
                "mutation($t: ID!, $u: ID!) { linkTenantUser(tenantId: $t, userId: $u) { id } }",
                variables: ["t": .string(mine), "u": .string(orgs.b.userID("TENANT"))], as: orgs.a, "MANAGER")
            #expect(foreignUser.code == "NOT_FOUND")
            try await app.linkTenantUser(orgs.a, tenant: mine)
            let twice = try await app.graphQL(
                "mutation($t: ID!, $u: ID!) { linkTenantUser(tenantId: $t, userId: $u) { id } }",
                variables: ["t": .string(other), "u": .string(orgs.a.userID("TENANT"))], as: orgs.a, "MANAGER")
            #expect(twice.badFields == ["userId"])

            let seen = try await app.graphQL(
                "query($o: ID!) { myTenant { id } tenants { totalCount nodes { id } } other: tenant(id: $o) { id } }",
                variables: ["o": .string(other)], as: orgs.a, "TENANT")
            #expect(seen.data?["myTenant"]?["id"]?.stringValue == mine, "\(seen.text)")
            #expect(seen.data?["tenants"]?["totalCount"] == .int(1))
            #expect(seen.data?["other"] == .null)
            #expect(seen.code == "NOT_FOUND")

            // A tenant manages their own family and contact details, not someone else's, nor their status.
            let ownFamily = try await app.graphQL(
                "mutation($t: ID!) { addFamilyMember(tenantId: $t, input: { fullName: \"My Kid\" }) { id } }",
                variables: ["t": .string(mine)], as: orgs.a, "TENANT")
            #expect(ownFamily.errors.isEmpty, "\(ownFamily.text)")
            let otherFamily = try await app.graphQL(
                "mutation($t: ID!) { addFamilyMember(tenantId: $t, input: { fullName: \"Not Mine\" }) { id } }",
                variables: ["t": .string(other)], as: orgs.a, "TENANT")
            #expect(otherFamily.code == "NOT_FOUND")
            let ownPhone = try await app.graphQL(Self.update, variables: ["id": .string(mine), "input": .object(["phone": .string("555 1234")])], as: orgs.a, "TENANT")
            #expect(ownPhone.data?["updateTenant"]?["phone"] == .string("555 1234"), "\(ownPhone.text)")
            let ownStatus = try await app.graphQL(Self.update, variables: ["id": .string(mine), "input": .object(["status": .string("FORMER")])], as: orgs.a, "TENANT")
            #expect(ownStatus.code == "FORBIDDEN")
            let otherUpdate = try await app.graphQL(Self.update, variables: ["id": .string(other), "input": .object(["phone": .string("1")])], as: orgs.a, "TENANT")
            #expect(otherUpdate.code == "NOT_FOUND")
            let create = try await app.graphQL(Self.create, variables: ["input": .object(["fullName": .string("X")])], as: orgs.a, "TENANT")
            #expect(create.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM family_members") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM tenants WHERE status = 'ACTIVE'") == 2)

            let unlinked = try await app.graphQL(
                "mutation($t: ID!) { unlinkTenantUser(tenantId: $t) { userId } }", variables: ["t": .string(mine)], as: orgs.a, "MANAGER")
            #expect(unlinked.data?["unlinkTenantUser"]?["userId"] == .null, "\(unlinked.text)")
        }
    }

    @Test func anotherOrganizationsIdsAreNotFound() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let foreign = try await app.createTenant(orgs.b, "Foreign", email: "f@example.com")
            let read = try await app.graphQL("query($id: ID!) { tenant(id: $id) { id } }", variables: ["id": .string(foreign)], as: orgs.a, "OWNER")
            #expect(read.code == "NOT_FOUND")
            let update = try await app.graphQL(Self.update, variables: ["id": .string(foreign), "input": .object(["fullName": .string("Hijack")])], as: orgs.a, "OWNER")
            #expect(update.code == "NOT_FOUND")
            let delete = try await app.graphQL("mutation($id: ID!) { deleteTenant(id: $id) }", variables: ["id": .string(foreign)], as: orgs.a, "OWNER")
            #expect(delete.code == "NOT_FOUND")
            let family = try await app.graphQL(
                "mutation($t: ID!) { addFamilyMember(tenantId: $t, input: { fullName: \"X\" }) { id } }", variables: ["t": .string(foreign)], as: orgs.a, "OWNER")
            #expect(family.code == "NOT_FOUND")
            let link = try await app.graphQL(
                "mutation($t: ID!, $u: ID!) { linkTenantUser(tenantId: $t, userId: $u) { id } }",
                variables: ["t": .string(foreign), "u": .string(orgs.a.userID("TENANT"))], as: orgs.a, "OWNER")
            #expect(link.code == "NOT_FOUND")
            let malformed = try await app.graphQL("query { tenant(id: \"nope\") { id } }", as: orgs.a, "OWNER")
            #expect(malformed.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM tenants WHERE full_name = 'Foreign' AND user_id IS NULL") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM family_members") == 0)
        }
    }
}
