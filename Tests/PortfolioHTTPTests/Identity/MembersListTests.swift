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
}
