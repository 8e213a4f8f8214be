import Foundation
import GraphQLEngine

/// Two organizations, A and B, each with one signed-in user per role: the starting point
/// of every portfolio, leasing and billing test, and of the isolation tests (A's tokens
/// against B's ids).
struct OrgFixture: Sendable {
    /// One organization and its users.
    struct Org: Sendable {
        let id: String
        /// Access token per role name (`OWNER`, `ADMIN`, `MANAGER`, `STAFF`, `TENANT`).
        let tokens: [String: String]
        /// User id per role name.
        let userIDs: [String: String]

        func token(_ role: String) -> String { tokens[role]! }
        func userID(_ role: String) -> String { userIDs[role]! }
    }

    static let roles = ["OWNER", "ADMIN", "MANAGER", "STAFF", "TENANT"]

    let a: Org
    let b: Org

    /// Registers the users and organizations through the API (memberships other than the
    /// owner's are added in the database, as an accepted invitation would).
    static func make(_ harness: IdentityHarness) async throws -> OrgFixture {
        let stamp = UUID().uuidString.prefix(8).lowercased()
        func org(_ name: String) async throws -> Org {
            let owner = try await harness.register(email: "owner-\(name)-\(stamp)@example.com", fullName: "Owner \(name)")
            let orgID = try await harness.createOrganization("Org \(name) \(stamp)", token: owner.accessToken)
            var tokens = ["OWNER": owner.accessToken]
            var users = ["OWNER": owner.userID]
            for role in roles where role != "OWNER" {
                let user = try await harness.register(email: "\(role.lowercased())-\(name)-\(stamp)@example.com", fullName: "\(role.capitalized) \(name)")
                try await harness.addMember(userID: user.userID, orgID: orgID, role: role)
                tokens[role] = user.accessToken
                users[role] = user.userID
            }
            return Org(id: orgID, tokens: tokens, userIDs: users)
        }
        return OrgFixture(a: try await org("a"), b: try await org("b"))
    }
}

extension IdentityHarness {
    /// One GraphQL call as `role` of `org` (its token, and its id as `X-Org-Id`).
    func graphQL(_ query: String, variables: [String: Value] = [:], as org: OrgFixture.Org, _ role: String = "OWNER") async throws -> GraphQLReply {
        try await graphQL(query, variables: variables, token: org.token(role), orgID: org.id)
    }
}
