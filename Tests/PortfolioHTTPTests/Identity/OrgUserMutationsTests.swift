import Foundation
import GraphQLEngine
import Testing

/// `member`, `createMember`, `updateMember`, `deactivateMember`, `reactivateMember`,
/// `assignRole`: the organization's people managed directly, over HTTP against MariaDB.
@Suite struct OrgUserMutationsTests {
    static let memberFields = "user { id email fullName phone } membership { id role isActive }"

    /// The membership id of `userID` in `orgID`.
    static func membershipID(_ app: IdentityHarness, org orgID: String, user userID: String) async throws -> String {
        let rows = try await app.pool.query(
            "SELECT CAST(id AS CHAR) FROM memberships WHERE org_id = ? AND user_id = ?",
            [UUID(uuidString: orgID), UUID(uuidString: userID)])
        return try #require(rows.first).decode(at: 0)
    }

    @Test func createMemberMailsASetPasswordCodeAndThePersonSignsIn() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let create = "mutation($input: CreateMemberInput!) { createMember(input: $input) { \(Self.memberFields) } }"
            let input: Value = .object([
                "email": .string("new.staff@example.com"), "fullName": .string("New Staff"),
                "phone": .string("+1 555 0100"), "role": .string("STAFF"),
            ])
            let reply = try await app.graphQL(create, variables: ["input": input], as: orgs.a, "ADMIN")
            let member = try #require(reply.data?["createMember"], "\(reply.text)")
            #expect(member["membership"]?["role"] == .string("STAFF"))
            #expect(member["user"]?["email"] == .string("new.staff@example.com"))

            // No password works until the mailed code sets one.
            #expect(try await app.login(email: "new.staff@example.com").code == "UNAUTHENTICATED")
            let code = try await RecoveryAndInvitationTests.mailedCode(app, to: "new.staff@example.com")
            let reset = try await app.graphQL(
                RecoveryAndInvitationTests.resetMutation,
                variables: ["input": .object(["token": .string(code), "password": .string("Fresh-horse-42")])])
            #expect(reset.data?["resetPassword"] == .bool(true), "\(reset.text)")
            let login = try await app.login(email: "new.staff@example.com", password: "Fresh-horse-42")
            #expect(login.data?["login"]?["role"] == .string("STAFF"), "\(login.text)")

            // The same e-mail again: ALREADY_EXISTS, nothing added.
            let users = try await app.count("SELECT COUNT(*) FROM users")
            let again = try await app.graphQL(create, variables: ["input": input], as: orgs.a)
            #expect(again.code == "BAD_USER_INPUT")
            #expect(again.badFields == ["email"])
            #expect(try await app.count("SELECT COUNT(*) FROM users") == users)

            // Bad input names every field; nothing written.
            let bad = try await app.graphQL(
                create, variables: ["input": .object(["email": .string("nope"), "fullName": .string(" "), "role": .string("STAFF")])],
                as: orgs.a)
            #expect(Set(bad.badFields) == ["email", "fullName"])
            #expect(try await app.count("SELECT COUNT(*) FROM users") == users)

            // ADMIN cannot create an OWNER; MANAGER cannot create at all.
            let owner: Value = .object(["email": .string("x@example.com"), "fullName": .string("X"), "role": .string("OWNER")])
            #expect(try await app.graphQL(create, variables: ["input": owner], as: orgs.a, "ADMIN").code == "FORBIDDEN")
            #expect(try await app.graphQL(create, variables: ["input": input], as: orgs.a, "MANAGER").code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM users") == users)
        }
    }

    @Test func memberByIDUpdateAndOtherOrganizationsAreNotFound() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let staffA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("STAFF"))
            let staffB = try await Self.membershipID(app, org: orgs.b.id, user: orgs.b.userID("STAFF"))
            let get = "query($id: ID!) { member(id: $id) { \(Self.memberFields) } }"

            let found = try await app.graphQL(get, variables: ["id": .string(staffA)], as: orgs.a, "MANAGER")
            #expect(found.data?["member"]?["membership"]?["id"] == .string(staffA), "\(found.text)")
            #expect(try await app.graphQL(get, variables: ["id": .string(staffB)], as: orgs.a).code == "NOT_FOUND")
            #expect(try await app.graphQL(get, variables: ["id": .string("nope")], as: orgs.a).code == "NOT_FOUND")
            #expect(try await app.graphQL(get, variables: ["id": .string(staffA)], as: orgs.a, "STAFF").code == "FORBIDDEN")

            let update = "mutation($input: UpdateMemberInput!) { updateMember(input: $input) { \(Self.memberFields) } }"
            let changed = try await app.graphQL(
                update, variables: ["input": .object(["id": .string(staffA), "fullName": .string("Renamed"), "phone": .string("+1 555 0199")])],
                as: orgs.a, "ADMIN")
            #expect(changed.data?["updateMember"]?["user"]?["fullName"] == .string("Renamed"), "\(changed.text)")
            #expect(changed.data?["updateMember"]?["user"]?["phone"] == .string("+1 555 0199"))

            let bad = try await app.graphQL(
                update, variables: ["input": .object(["id": .string(staffA), "fullName": .string("")])], as: orgs.a)
            #expect(bad.badFields == ["fullName"])

            let foreign = try await app.graphQL(
                update, variables: ["input": .object(["id": .string(staffB), "fullName": .string("Hijacked")])], as: orgs.a)
            #expect(foreign.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM users WHERE full_name = 'Hijacked'") == 0)

            // ADMIN cannot change the OWNER.
            let ownerA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("OWNER"))
            let upward = try await app.graphQL(
                update, variables: ["input": .object(["id": .string(ownerA), "fullName": .string("Demoted")])], as: orgs.a, "ADMIN")
            #expect(upward.code == "FORBIDDEN")
        }
    }

    @Test func deactivationStopsTokensForThatOrganizationAndProtectsTheLastOwner() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let managerA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("MANAGER"))
            let ownerA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("OWNER"))
            let deactivate = "mutation($id: ID!) { deactivateMember(id: $id) { membership { isActive } } }"
            let reactivate = "mutation($id: ID!) { reactivateMember(id: $id) { membership { isActive } } }"
            let organization = "{ organization { id } }"

            #expect(try await app.graphQL(organization, as: orgs.a, "MANAGER").data?["organization"]?["id"] == .string(orgs.a.id))
            let off = try await app.graphQL(deactivate, variables: ["id": .string(managerA)], as: orgs.a, "ADMIN")
            #expect(off.data?["deactivateMember"]?["membership"]?["isActive"] == .bool(false), "\(off.text)")
            // The manager's still-valid token no longer reaches org A.
            let after = try await app.graphQL(organization, as: orgs.a, "MANAGER")
            #expect(after.data?["organization"] == nil, "\(after.text)")
            // Naming the org (X-Org-Id) is NOT_FOUND as for any org not theirs; relying on the
            // token's org leaves the request without one (FORBIDDEN).
            #expect(after.code == "NOT_FOUND", "\(after.text)")
            let tokenOnly = try await app.graphQL(organization, token: orgs.a.token("MANAGER"))
            #expect(tokenOnly.code == "FORBIDDEN", "\(tokenOnly.text)")

            let on = try await app.graphQL(reactivate, variables: ["id": .string(managerA)], as: orgs.a, "ADMIN")
            #expect(on.data?["reactivateMember"]?["membership"]?["isActive"] == .bool(true))
            #expect(try await app.graphQL(organization, as: orgs.a, "MANAGER").data?["organization"]?["id"] == .string(orgs.a.id))

            // The only OWNER: LAST_OWNER, still active. ADMIN may not even try (ranked above).
            let last = try await app.graphQL(deactivate, variables: ["id": .string(ownerA)], as: orgs.a)
            #expect(last.code == "CONFLICT", "\(last.text)")
            #expect(last.text.contains("LAST_OWNER"), "\(last.text)")
            #expect(try await app.graphQL(deactivate, variables: ["id": .string(ownerA)], as: orgs.a, "ADMIN").code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM memberships WHERE is_active AND role = 'OWNER' AND org_id = ?", [UUID(uuidString: orgs.a.id)]) == 1)

            // Another org's member: NOT_FOUND, unchanged.
            let managerB = try await Self.membershipID(app, org: orgs.b.id, user: orgs.b.userID("MANAGER"))
            #expect(try await app.graphQL(deactivate, variables: ["id": .string(managerB)], as: orgs.a).code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM memberships WHERE is_active AND org_id = ?", [UUID(uuidString: orgs.b.id)]) == 5)
            // STAFF may not deactivate.
            #expect(try await app.graphQL(deactivate, variables: ["id": .string(managerA)], as: orgs.a, "STAFF").code == "FORBIDDEN")
        }
    }

    @Test func assignRoleFollowsThePolicyAndKeepsAnOwner() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let staffA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("STAFF"))
            let adminA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("ADMIN"))
            let ownerA = try await Self.membershipID(app, org: orgs.a.id, user: orgs.a.userID("OWNER"))
            let assign = "mutation($id: ID!, $role: Role!) { assignRole(id: $id, role: $role) { membership { role } } }"
            func call(_ id: String, _ role: String, _ as: String) async throws -> GraphQLReply {
                try await app.graphQL(assign, variables: ["id": .string(id), "role": .string(role)], as: orgs.a, `as`)
            }

            #expect(try await call(staffA, "MANAGER", "ADMIN").data?["assignRole"]?["membership"]?["role"] == .string("MANAGER"))
            #expect(try await call(staffA, "OWNER", "ADMIN").code == "FORBIDDEN")     // only an OWNER grants OWNER
            #expect(try await call(ownerA, "STAFF", "ADMIN").code == "FORBIDDEN")     // ranked above the actor
            #expect(try await call(staffA, "STAFF", "MANAGER").code == "FORBIDDEN")   // MANAGER lacks ROLE_ASSIGN
            let last = try await call(ownerA, "ADMIN", "OWNER")
            #expect(last.code == "CONFLICT", "\(last.text)")
            #expect(last.text.contains("LAST_OWNER"), "\(last.text)")

            // With a second OWNER the first may step down.
            #expect(try await call(adminA, "OWNER", "OWNER").data?["assignRole"]?["membership"]?["role"] == .string("OWNER"))
            #expect(try await call(ownerA, "ADMIN", "OWNER").data?["assignRole"]?["membership"]?["role"] == .string("ADMIN"))

            let staffB = try await Self.membershipID(app, org: orgs.b.id, user: orgs.b.userID("STAFF"))
            #expect(try await call(staffB, "ADMIN", "ADMIN").code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM memberships WHERE role = 'STAFF' AND org_id = ?", [UUID(uuidString: orgs.b.id)]) == 1)
        }
    }
}
