import Foundation
import GraphQLEngine
import MariaDB
import Testing

/// Password reset and invitations through the mail outbox, over HTTP against MariaDB.
@Suite struct RecoveryAndInvitationTests {
    /// The code in the newest outbox mail to `address` (the text after the last ": " of the
    /// line that mentions the code).
    static func mailedCode(_ app: IdentityHarness, to address: String) async throws -> String {
        let rows = try await app.pool.query(
            "SELECT body FROM mail_outbox WHERE to_address = ? ORDER BY created_at DESC LIMIT 1", [address])
        let body: String = try #require(rows.first).decode("body")
        let line = try #require(body.split(separator: "\n").first { $0.contains("code") })
        return String(try #require(line.components(separatedBy: ": ").last))
    }

    static let resetMutation = "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }"

    @Test func passwordResetThroughTheOutbox() async throws {
        try await IdentityHarness.run { app in
            let session = try await app.register(email: "forgot@example.com")
            let unknown = try await app.graphQL(#"mutation { requestPasswordReset(email: "nobody@example.com") }"#)
            #expect(unknown.data?["requestPasswordReset"] == .bool(true))
            #expect(try await app.count("SELECT COUNT(*) FROM mail_outbox") == 0)

            let known = try await app.graphQL(#"mutation { requestPasswordReset(email: "Forgot@example.com") }"#)
            #expect(known.data?["requestPasswordReset"] == .bool(true))
            let code = try await Self.mailedCode(app, to: "forgot@example.com")
            #expect(code.count == 43)
            #expect(try await app.count("SELECT COUNT(*) FROM password_reset_tokens WHERE token_hash = ?", [Array(code.utf8)]) == 0)

            // Bad inputs change nothing.
            let weak = try await app.graphQL(Self.resetMutation, variables: ["input": input(["token": code, "password": "weak"])])
            #expect(Set(weak.badFields) == ["password"])
            let wrong = try await app.graphQL(Self.resetMutation, variables: ["input": input(["token": "nope", "password": "New-password-9"])])
            #expect(wrong.badFields == ["token"])
            #expect(try await app.login(email: "forgot@example.com").errors.isEmpty)

            let reset = try await app.graphQL(Self.resetMutation, variables: ["input": input(["token": code, "password": "New-password-9"])])
            #expect(reset.data?["resetPassword"] == .bool(true))
            #expect(try await app.login(email: "forgot@example.com", password: "New-password-9").errors.isEmpty)
            #expect(try await app.login(email: "forgot@example.com").code == "UNAUTHENTICATED")
            // Single use, and every earlier session is signed out.
            let again = try await app.graphQL(Self.resetMutation, variables: ["input": input(["token": code, "password": "Other-password-9"])])
            #expect(again.badFields == ["token"])
            #expect(try await app.refresh(session.refreshToken).code == "UNAUTHENTICATED")
        }
    }

    @Test func resetCodesExpireAfterAnHour() async throws {
        let clock = TestClock()
        try await IdentityHarness.run(now: { clock.now }) { app in
            _ = try await app.register(email: "slow@example.com")
            _ = try await app.graphQL(#"mutation { requestPasswordReset(email: "slow@example.com") }"#)
            let code = try await Self.mailedCode(app, to: "slow@example.com")
            clock.advance(by: 3601)
            let late = try await app.graphQL(Self.resetMutation, variables: ["input": input(["token": code, "password": "New-password-9"])])
            #expect(late.badFields == ["token"])
        }
    }

    static let inviteMutation = "mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role acceptedAt } }"

    @Test func invitationsThroughTheOutbox() async throws {
        try await IdentityHarness.run { app in
            let owner = try await app.register(email: "boss@example.com")
            let orgID = try await app.createOrganization("Invite Co", token: owner.accessToken)
            let invite = try await app.graphQL(
                Self.inviteMutation, variables: ["input": .object(["email": .string("new.hire@example.com"), "role": .string("MANAGER")])],
                token: owner.accessToken, orgID: orgID)
            #expect(invite.data?["inviteMember"]?["role"]?.stringValue == "MANAGER")
            let code = try await Self.mailedCode(app, to: "new.hire@example.com")

            // Someone else's account cannot use the code.
            let stranger = try await app.register(email: "stranger@example.com")
            let stolen = try await app.graphQL(
                "mutation($t: String!) { acceptInvitation(token: $t) { role } }", variables: ["t": .string(code)], token: stranger.accessToken)
            #expect(stolen.badFields == ["token"])

            let hire = try await app.register(email: "new.hire@example.com")
            let accepted = try await app.graphQL(
                "mutation($t: String!) { acceptInvitation(token: $t) { role organization { id } } }",
                variables: ["t": .string(code)], token: hire.accessToken)
            #expect(accepted.data?["acceptInvitation"]?["role"]?.stringValue == "MANAGER")
            #expect(accepted.data?["acceptInvitation"]?["organization"]?["id"]?.stringValue == orgID)
            #expect(try await app.graphQL("{ me { role } }", token: hire.accessToken).data?["me"]?["role"]?.stringValue == "MANAGER")
            let reused = try await app.graphQL(
                "mutation($t: String!) { acceptInvitation(token: $t) { role } }", variables: ["t": .string(code)], token: hire.accessToken)
            #expect(reused.badFields == ["token"])

            // A MANAGER may not invite (matrix), an ADMIN may not invite an OWNER (no escalation).
            let byManager = try await app.graphQL(
                Self.inviteMutation, variables: ["input": .object(["email": .string("x@example.com"), "role": .string("STAFF")])],
                token: hire.accessToken, orgID: orgID)
            #expect(byManager.code == "FORBIDDEN")
            let admin = try await app.register(email: "admin@invite.example")
            try await app.addMember(userID: admin.userID, orgID: orgID, role: "ADMIN")
            let escalation = try await app.graphQL(
                Self.inviteMutation, variables: ["input": .object(["email": .string("y@example.com"), "role": .string("OWNER")])],
                token: admin.accessToken, orgID: orgID)
            #expect(escalation.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM invitations") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM mail_outbox") == 1)
        }
    }
}
