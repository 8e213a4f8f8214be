import Foundation
import GraphQLEngine
import PortfolioDomain
import Testing

/// Organizations, `X-Org-Id` selection and the role matrix of the organization fields, over
/// HTTP against MariaDB.
@Suite struct OrganizationAccessTests {
    @Test func theCreatorBecomesOwnerAndXOrgIdSelectsAmongMemberships() async throws {
        try await IdentityHarness.run { app in
            let user = try await app.register(email: "multi@example.com")
            let first = try await app.createOrganization("First Estates", token: user.accessToken)
            // One membership: it is the request's organization without any header.
            let only = try await app.graphQL("{ organization { id name slug currency timezone } me { role } }", token: user.accessToken)
            #expect(only.data?["organization"]?["id"]?.stringValue == first)
            #expect(only.data?["organization"]?["slug"]?.stringValue == "first-estates")
            #expect(only.data?["me"]?["role"]?.stringValue == "OWNER")

            let second = try await app.createOrganization("Second Homes", token: user.accessToken)
            // Two memberships and a token issued without an organization: the client must choose.
            let ambiguous = try await app.graphQL("{ organization { id } }", token: user.accessToken)
            #expect(ambiguous.code == "FORBIDDEN")
            let chosen = try await app.graphQL("{ organization { id } me { memberships { role } } }", token: user.accessToken, orgID: second)
            #expect(chosen.data?["organization"]?["id"]?.stringValue == second)
            #expect(chosen.data?["me"]?["memberships"]?.listValue?.count == 2)

            // A fresh login's token carries the oldest membership's organization.
            let login = try Session(try await app.login(email: "multi@example.com"), field: "login")
            #expect(login.orgID == first)
            let byToken = try await app.graphQL("{ organization { id } }", token: login.accessToken)
            #expect(byToken.data?["organization"]?["id"]?.stringValue == first)
            #expect(try await app.graphQL("{ organization { id } }", token: login.accessToken, orgID: second)
                .data?["organization"]?["id"]?.stringValue == second)
        }
    }

    @Test func anotherOrganizationsIdIsNotFoundAndChangesNothing() async throws {
        try await IdentityHarness.run { app in
            let alice = try await app.register(email: "alice@example.com")
            let bob = try await app.register(email: "bob@example.com")
            let aliceOrg = try await app.createOrganization("Alice Org", token: alice.accessToken)
            _ = try await app.createOrganization("Bob Org", token: bob.accessToken)

            let read = try await app.graphQL("{ organization { id name } }", token: bob.accessToken, orgID: aliceOrg)
            #expect(read.code == "NOT_FOUND")
            #expect(read.data == .null)
            let write = try await app.graphQL(
                #"mutation { updateOrganization(input: {name: "Hijacked"}) { id } }"#, token: bob.accessToken, orgID: aliceOrg)
            #expect(write.code == "NOT_FOUND")
            let delete = try await app.graphQL("mutation { deleteOrganization }", token: bob.accessToken, orgID: aliceOrg)
            #expect(delete.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM organizations WHERE name = 'Alice Org' AND deleted_at IS NULL") == 1)
            // A random id is treated exactly the same.
            let random = try await app.graphQL("{ organization { id } }", token: bob.accessToken, orgID: UUID().uuidString)
            #expect(random.code == "NOT_FOUND")
            #expect(random.errors.first?["message"]?.stringValue?.hasPrefix("No organization with id") == true)
        }
    }

    /// Every role against every organization field, cell by cell, expected from `PermissionMatrix`.
    @Test func organizationFieldsFollowThePermissionMatrixCellByCell() async throws {
        try await IdentityHarness.run { app in
            let owner = try await app.register(email: "owner@cells.example")
            var sessions: [Role: Session] = [.owner: owner]
            for role in Role.allCases where role != .owner {
                sessions[role] = try await app.register(email: "\(role.rawValue.lowercased())@cells.example")
            }
            let fields: [(Permission, String)] = [
                (.orgRead, "{ organization { id } }"),
                (.orgUpdate, #"mutation { updateOrganization(input: {timezone: "Europe/Paris"}) { timezone } }"#),
                (.orgDelete, "mutation { deleteOrganization }"),
            ]
            for role in Role.allCases {
                for (permission, operation) in fields {
                    // A fresh organization per cell: deleting one must not affect the next cell.
                    let orgID = try await app.createOrganization("Cell \(role) \(permission)", token: owner.accessToken)
                    let session = try #require(sessions[role])
                    if role != .owner { try await app.addMember(userID: session.userID, orgID: orgID, role: role.rawValue) }
                    let reply = try await app.graphQL(operation, token: session.accessToken, orgID: orgID)
                    if PermissionMatrix.isAllowed(role, permission) {
                        #expect(reply.errors.isEmpty, "\(role) \(permission): \(reply.text)")
                    } else {
                        #expect(reply.code == "FORBIDDEN", "\(role) \(permission): \(reply.text)")
                    }
                }
            }
            // Denied cells changed nothing: only the allowed updates and deletes happened.
            let updated = try await app.count("SELECT COUNT(*) FROM organizations WHERE timezone = 'Europe/Paris'")
            #expect(updated == Role.allCases.filter { PermissionMatrix.isAllowed($0, .orgUpdate) }.count)
            let deleted = try await app.count("SELECT COUNT(*) FROM organizations WHERE deleted_at IS NOT NULL")
            #expect(deleted == Role.allCases.filter { PermissionMatrix.isAllowed($0, .orgDelete) }.count)
        }
    }

    @Test func aDeletedOrganizationNoLongerGrantsAccess() async throws {
        try await IdentityHarness.run { app in
            let owner = try await app.register(email: "gone@example.com")
            let orgID = try await app.createOrganization("Gone Soon", token: owner.accessToken)
            let deleted = try await app.graphQL("mutation { deleteOrganization }", token: owner.accessToken, orgID: orgID)
            #expect(deleted.data?["deleteOrganization"]?.stringValue == orgID)
            #expect(try await app.graphQL("{ organization { id } }", token: owner.accessToken, orgID: orgID).code == "NOT_FOUND")
            #expect(try await app.graphQL("{ me { memberships { role } } }", token: owner.accessToken)
                .data?["me"]?["memberships"]?.listValue?.isEmpty == true)
        }
    }

    @Test func viewerPermissionsListWhatTheRoleMayDo() async throws {
        try await IdentityHarness.run { app in
            let owner = try await app.register(email: "perm-owner@example.com")
            let tenant = try await app.register(email: "perm-tenant@example.com")
            let orgID = try await app.createOrganization("Perms", token: owner.accessToken)
            try await app.addMember(userID: tenant.userID, orgID: orgID, role: "TENANT")
            let reply = try await app.graphQL("{ me { role permissions } }", token: tenant.accessToken, orgID: orgID)
            let permissions = reply.data?["me"]?["permissions"]?.listValue?.compactMap(\.stringValue) ?? []
            #expect(reply.data?["me"]?["role"]?.stringValue == "TENANT")
            #expect(permissions.contains("ORG_READ"))
            #expect(!permissions.contains("ORG_UPDATE"))
            #expect(permissions.count == Permission.allCases.filter { PermissionMatrix.isAllowed(.tenant, $0) }.count)
        }
    }
}
