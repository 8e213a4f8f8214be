import Foundation
import GraphQLEngine
import Testing

/// `Query.members`: the organization's people as a cursor connection with filters.
@Suite struct MembersListTests {
    static let query = """
        query($first: Int, $after: String, $filter: MemberFilter) {
          members(first: $first, after: $after, filter: $filter) {
            totalCount
            edges { cursor node { user { email } membership { role isActive } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """

    @Test func pagesFiltersAndStaysInsideTheOrganization() async throws {
        try await IdentityHarness.run { app in
            let owner = try await app.register(email: "owner@members.example")
            let orgID = try await app.createOrganization("Members Co", token: owner.accessToken)
            for index in 1...4 {
                let person = try await app.register(email: "staff\(index)@members.example")
                try await app.addMember(userID: person.userID, orgID: orgID, role: "STAFF")
            }
            try await app.pool.execute("UPDATE memberships m JOIN users u ON u.id = m.user_id SET m.is_active = FALSE WHERE u.email = 'staff4@members.example'")
            // Someone in another organization never shows up.
            let outsider = try await app.register(email: "outsider@other.example")
            _ = try await app.createOrganization("Other Co", token: outsider.accessToken)

            var seen: [String] = []
            var after: Value = .null
            var pages = 0
            repeat {
                let reply = try await app.graphQL(Self.query, variables: ["first": .int(2), "after": after], token: owner.accessToken)
                let connection = try #require(reply.data?["members"], "\(reply.text)")
                #expect(connection["totalCount"] == .int(5))
                seen += (connection["edges"]?.listValue ?? []).compactMap { $0["node"]?["user"]?["email"]?.stringValue }
                after = connection["pageInfo"]?["endCursor"] ?? .null
                pages += 1
                if connection["pageInfo"]?["hasNextPage"] != .bool(true) { break }
            } while pages < 10
            #expect(pages == 3)
            #expect(Set(seen) == Set(["owner@members.example"] + (1...4).map { "staff\($0)@members.example" }))
            #expect(seen.count == 5)

            let active = try await app.graphQL(
                Self.query, variables: ["filter": .object(["isActive": .bool(true), "emailContains": .string("STAFF")])],
                token: owner.accessToken)
            #expect(active.data?["members"]?["totalCount"] == .int(3))

            let bad = try await app.graphQL(Self.query, variables: ["first": .int(0), "after": .string("bogus")], token: owner.accessToken)
            #expect(Set(bad.badFields) == ["first", "after"])

            // STAFF may not list users (matrix: users.read is MANAGER and up).
            let staff = try Session(try await app.login(email: "staff1@members.example"), field: "login")
            #expect(try await app.graphQL(Self.query, token: staff.accessToken, orgID: orgID).code == "FORBIDDEN")
        }
    }

    @Test func pagesBackwardWithLastAndBefore() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let query = """
                query($first: Int, $after: String, $last: Int, $before: String) {
                  members(first: $first, after: $after, last: $last, before: $before) {
                    nodes { user { id } } totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
                """
            func ids(_ reply: GraphQLReply) -> [String] {
                reply.data?["members"]?["nodes"]?.listValue?.compactMap { $0["user"]?["id"]?.stringValue } ?? []
            }
            let all = try await app.graphQL(query, variables: ["first": .int(100)], as: orgs.a)
            let everyone = ids(all)
            #expect(everyone.count == 5)
            #expect(Set(everyone) == Set(orgs.a.userIDs.values))
            let tail = try await app.graphQL(query, variables: ["last": .int(2)], as: orgs.a)
            #expect(ids(tail) == Array(everyone.suffix(2)))
            #expect(tail.data?["members"]?["pageInfo"]?["hasPreviousPage"] == .bool(true))
            #expect(tail.data?["members"]?["pageInfo"]?["hasNextPage"] == .bool(false))
            let start = try #require(tail.data?["members"]?["pageInfo"]?["startCursor"]?.stringValue)
            let before = try await app.graphQL(query, variables: ["last": .int(10), "before": .string(start)], as: orgs.a)
            #expect(ids(before) == Array(everyone.prefix(3)))
            #expect(before.data?["members"]?["pageInfo"]?["hasPreviousPage"] == .bool(false))
            #expect(before.data?["members"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            let both = try await app.graphQL(query, variables: ["first": .int(1), "last": .int(1)], as: orgs.a)
            #expect(both.code == "BAD_USER_INPUT")
            #expect(both.badFields == ["last"])
        }
    }
}
