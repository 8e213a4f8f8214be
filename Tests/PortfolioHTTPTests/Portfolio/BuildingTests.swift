import Foundation
import GraphQLEngine
import Testing

/// Buildings through /graphql: create/update/soft delete/restore, code uniqueness, bad
/// input, roles, organization isolation, filters, ordering and paging.
@Suite struct BuildingTests {
    static let create = """
        mutation($input: BuildingInput!) { createBuilding(input: $input) {
          id code name kind address city note deletedAt billingDefaults { cycle dueDay cutoffDay } } }
        """
    static let update = "mutation($id: ID!, $input: BuildingInput!) { updateBuilding(id: $id, input: $input) { id code name city billingDefaults { cycle dueDay cutoffDay } } }"

    @Test func createsUpdatesAndRefusesBadInput() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let reply = try await app.graphQL(Self.create, variables: ["input": .object([
                "code": .string("HQ-1"), "name": .string("Harbour View"), "kind": .string("commercial"), "address": .string("1 Quay St"),
                "city": .string("Lisbon"), "note": .string("corner"), "billingCycle": .string("QUARTERLY"),
                "billingDueDay": .int(5), "billingCutoffDay": .int(25),
            ])], as: orgs.a, "MANAGER")
            let building = try #require(reply.data?["createBuilding"], "\(reply.text)")
            #expect(building["code"] == .string("HQ-1"))
            #expect(building["kind"] == .string("COMMERCIAL"))
            #expect(building["city"] == .string("Lisbon"))
            #expect(building["deletedAt"] == .null)
            #expect(building["billingDefaults"] == .object(["cycle": .string("QUARTERLY"), "dueDay": .int(5), "cutoffDay": .int(25)]))
            let id = try #require(building["id"]?.stringValue)

            // Defaults.
            let plain = try await app.graphQL(Self.create, variables: ["input": .object(["code": .string("B2"), "name": .string("Two")])], as: orgs.a)
            #expect(plain.data?["createBuilding"]?["billingDefaults"] == .object(["cycle": .string("MONTHLY"), "dueDay": .int(1), "cutoffDay": .null]))
            #expect(plain.data?["createBuilding"]?["kind"] == .string("RESIDENTIAL"))

            // Bad input: every field named, nothing written.
            let before = try await app.count("SELECT COUNT(*) FROM buildings")
            let bad = try await app.graphQL(Self.create, variables: ["input": .object([
                "code": .string("  "), "name": .string(String(repeating: "x", count: 201)), "billingDueDay": .int(0), "billingCutoffDay": .int(32),
            ])], as: orgs.a)
            #expect(bad.code == "BAD_USER_INPUT")
            #expect(Set(bad.badFields) == ["code", "name", "billingDueDay", "billingCutoffDay"])
            // Code taken in the organization (case-insensitive), free in another one.
            let taken = try await app.graphQL(Self.create, variables: ["input": .object(["code": .string("hq-1"), "name": .string("Dup")])], as: orgs.a)
            #expect(taken.badFields == ["code"])
            #expect(taken.fieldCode("code") == "ALREADY_EXISTS")
            #expect(try await app.count("SELECT COUNT(*) FROM buildings") == before)
            _ = try await app.createBuilding(orgs.b, code: "HQ-1")

            // Update: omitted fields stay, null clears the city.
            let updated = try await app.graphQL(Self.update, variables: [
                "id": .string(id), "input": .object(["name": .string("Harbour View II"), "city": .null, "billingDueDay": .int(28)]),
            ], as: orgs.a, "ADMIN")
            #expect(updated.data?["updateBuilding"]?["name"] == .string("Harbour View II"))
            #expect(updated.data?["updateBuilding"]?["code"] == .string("HQ-1"))
            #expect(updated.data?["updateBuilding"]?["city"] == .null)
            #expect(updated.data?["updateBuilding"]?["billingDefaults"]?["dueDay"] == .int(28))
            let clash = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["code": .string("B2")])], as: orgs.a)
            #expect(clash.fieldCode("code") == "ALREADY_EXISTS")
            let blank = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["name": .string(""), "billingCycle": .null])], as: orgs.a)
            #expect(Set(blank.badFields) == ["name", "billingCycle"])
            #expect(try await app.count("SELECT COUNT(*) FROM buildings WHERE code = 'HQ-1' AND name = 'Harbour View II'") == 1)

            // Roles: STAFF and TENANT cannot manage buildings.
            for role in ["STAFF", "TENANT"] {
                let denied = try await app.graphQL(Self.create, variables: ["input": .object(["code": .string("S"), "name": .string("S")])], as: orgs.a, role)
                #expect(denied.code == "FORBIDDEN")
            }
            #expect(try await app.count("SELECT COUNT(*) FROM buildings WHERE code = 'S'") == 0)

            // Org B's token on org A's building: NOT_FOUND, unchanged.
            let foreign = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["name": .string("Stolen")])], as: orgs.b)
            #expect(foreign.code == "NOT_FOUND")
            let foreignDelete = try await app.graphQL("mutation($id: ID!) { deleteBuilding(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.b)
            #expect(foreignDelete.code == "NOT_FOUND")
            let foreignRead = try await app.graphQL("query($id: ID!) { building(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.b)
            #expect(foreignRead.code == "NOT_FOUND")
            let malformed = try await app.graphQL("query { building(id: \"nope\") { id } }", as: orgs.a)
            #expect(malformed.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM buildings WHERE name = 'Stolen' OR deleted_at IS NOT NULL") == 0)
        }
    }

    static let list = """
        query($first: Int, $after: String, $last: Int, $before: String, $filter: BuildingFilter, $orderBy: PortfolioOrder) {
          buildings(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
            totalCount nodes { code deletedAt } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """

    static func codes(_ reply: GraphQLReply) -> [String] {
        reply.data?["buildings"]?["nodes"]?.listValue?.compactMap { $0["code"]?.stringValue } ?? []
    }

    @Test func softDeleteHidesAndRestoreBringsBack() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let id = try await app.createBuilding(orgs.a, code: "GONE")
            _ = try await app.createBuilding(orgs.a, code: "STAY")
            let deleted = try await app.graphQL("mutation($id: ID!) { deleteBuilding(id: $id) { deletedAt } }", variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            #expect(deleted.data?["deleteBuilding"]?["deletedAt"]?.stringValue != nil, "\(deleted.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM buildings WHERE id = ? AND deleted_at IS NOT NULL", [UUID(uuidString: id)]) == 1)
            #expect(Self.codes(try await app.graphQL(Self.list, as: orgs.a)) == ["STAY"])
            let all = try await app.graphQL(Self.list, variables: ["filter": .object(["includeDeleted": .bool(true)])], as: orgs.a)
            #expect(Self.codes(all) == ["GONE", "STAY"])
            #expect(all.data?["buildings"]?["totalCount"] == .int(2))
            // Still readable by id, and restorable.
            let read = try await app.graphQL("query($id: ID!) { building(id: $id) { code } }", variables: ["id": .string(id)], as: orgs.a)
            #expect(read.data?["building"]?["code"] == .string("GONE"))
            let staff = try await app.graphQL("mutation($id: ID!) { restoreBuilding(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let other = try await app.graphQL("mutation($id: ID!) { restoreBuilding(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.b)
            #expect(other.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM buildings WHERE id = ? AND deleted_at IS NOT NULL", [UUID(uuidString: id)]) == 1)
            let restored = try await app.graphQL("mutation($id: ID!) { restoreBuilding(id: $id) { deletedAt } }", variables: ["id": .string(id)], as: orgs.a)
            #expect(restored.data?["restoreBuilding"]?["deletedAt"] == .null)
            #expect(Self.codes(try await app.graphQL(Self.list, as: orgs.a)) == ["GONE", "STAY"])
        }
    }

    @Test func filtersOrdersAndPagesBothWays() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            // Names tie in pairs so the id breaks ties.
            for (code, name, city) in [("C1", "Alpha", "Porto"), ("C2", "Alpha", "Lisbon"), ("C3", "Beta", "Porto"), ("C4", "Beta", "Faro"), ("C5", "Gamma", "Porto")] {
                _ = try await app.createBuilding(orgs.a, code: code, name: name, city: city)
            }
            _ = try await app.createBuilding(orgs.b, code: "C9", name: "Alpha")
            let byCode = try await app.graphQL(Self.list, variables: ["orderBy": .object(["field": .string("CODE"), "direction": .string("DESC")])], as: orgs.a)
            #expect(Self.codes(byCode) == ["C5", "C4", "C3", "C2", "C1"])
            let porto = try await app.graphQL(Self.list, variables: ["filter": .object(["search": .string("port")])], as: orgs.a)
            #expect(porto.data?["buildings"]?["totalCount"] == .int(3))
            let named = try await app.graphQL(Self.list, variables: ["filter": .object(["name": .string("ALP"), "code": .string("c")])], as: orgs.a)
            #expect(Set(Self.codes(named)) == ["C1", "C2"])

            // Forward by name in pages of 2, then backward from the end: the same order.
            let all = Self.codes(try await app.graphQL(Self.list, variables: ["first": .int(50)], as: orgs.a))
            #expect(all.count == 5)
            var forward: [String] = []
            var after: Value = .null
            for _ in 0..<5 {
                let page = try await app.graphQL(Self.list, variables: ["first": .int(2), "after": after], as: orgs.a)
                forward += Self.codes(page)
                #expect(page.data?["buildings"]?["totalCount"] == .int(5))
                after = page.data?["buildings"]?["pageInfo"]?["endCursor"] ?? .null
                if page.data?["buildings"]?["pageInfo"]?["hasNextPage"] != .bool(true) { break }
            }
            #expect(forward == all)
            var backward: [String] = []
            var before: Value = .null
            for _ in 0..<5 {
                let page = try await app.graphQL(Self.list, variables: ["last": .int(2), "before": before], as: orgs.a)
                backward = Self.codes(page) + backward
                before = page.data?["buildings"]?["pageInfo"]?["startCursor"] ?? .null
                if page.data?["buildings"]?["pageInfo"]?["hasPreviousPage"] != .bool(true) { break }
            }
            #expect(backward == all)
            let bad = try await app.graphQL(Self.list, variables: ["first": .int(0)], as: orgs.a)
            #expect(bad.badFields == ["first"])
        }
    }
}
