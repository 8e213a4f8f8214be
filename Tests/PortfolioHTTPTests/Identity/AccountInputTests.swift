import Foundation
import GraphQLEngine
import HummingbirdBcrypt
import HummingbirdOTP
import Logging
import PortfolioRepositories
import Testing

/// Bad inputs get `BAD_USER_INPUT` naming each field and change nothing; profile, password,
/// two-factor sign-in and the demo users.
@Suite struct AccountInputTests {
    static let registerMutation = "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }"

    @Test func badRegistrationsNameEveryFieldAndCreateNothing() async throws {
        try await IdentityHarness.run { app in
            let reply = try await app.graphQL(Self.registerMutation, variables: ["input": input([
                "email": "not-an-email", "password": "short", "passwordConfirmation": "other", "fullName": "  ",
                "phone": "call me",
            ])])
            #expect(reply.code == "BAD_USER_INPUT")
            #expect(Set(reply.badFields) == ["email", "password", "passwordConfirmation", "fullName", "phone"])
            #expect(reply.data == .null)
            // One class of characters only: the policy refuses it.
            let weak = try await app.graphQL(Self.registerMutation, variables: ["input": input([
                "email": "weak@example.com", "password": "12345678", "fullName": "Weak",
            ])])
            #expect(weak.badFields == ["password"])
            #expect(try await app.count("SELECT COUNT(*) FROM users") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM refresh_tokens") == 0)

            _ = try await app.register(email: "taken@example.com")
            let duplicate = try await app.graphQL(Self.registerMutation, variables: ["input": input([
                "email": "Taken@Example.com", "password": "Another-pass-1", "fullName": "Copy",
            ])])
            #expect(duplicate.code == "BAD_USER_INPUT")
            #expect(duplicate.badFields == ["email"])
            #expect(try await app.count("SELECT COUNT(*) FROM users") == 1)

            let emptyLogin = try await app.login(email: " ", password: "")
            #expect(Set(emptyLogin.badFields) == ["email", "password"])
        }
    }

    @Test func updateProfileValidatesAndSaves() async throws {
        try await IdentityHarness.run { app in
            let other = try await app.register(email: "other@example.com")
            _ = other
            let me = try await app.register(email: "me@example.com", fullName: "Me")
            let mutation = "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { email fullName phone } }"
            let bad = try await app.graphQL(mutation, variables: ["input": input(["email": "other@example.com", "fullName": ""])],
                                            token: me.accessToken)
            #expect(bad.code == "BAD_USER_INPUT")
            #expect(Set(bad.badFields) == ["fullName"])
            let taken = try await app.graphQL(mutation, variables: ["input": input(["email": "OTHER@example.com"])], token: me.accessToken)
            #expect(taken.badFields == ["email"])
            #expect(try await app.count("SELECT COUNT(*) FROM users WHERE email = 'me@example.com' AND full_name = 'Me'") == 1)

            let good = try await app.graphQL(
                mutation, variables: ["input": input(["email": "new@example.com", "fullName": " New Name ", "phone": "+1 555 0100"])],
                token: me.accessToken)
            #expect(good.data?["updateProfile"]?["email"]?.stringValue == "new@example.com")
            #expect(good.data?["updateProfile"]?["fullName"]?.stringValue == "New Name")
            #expect(good.data?["updateProfile"]?["phone"]?.stringValue == "+1 555 0100")
            let cleared = try await app.graphQL(mutation, variables: ["input": input(["phone": ""])], token: me.accessToken)
            #expect(cleared.data?["updateProfile"]?["phone"] == .null)
            #expect(try await app.graphQL(mutation, variables: ["input": input([:])]).code == "UNAUTHENTICATED")
        }
    }

    @Test func changePasswordChecksTheCurrentOneAndEndsOtherSessions() async throws {
        try await IdentityHarness.run { app in
            let first = try await app.register(email: "pw@example.com")
            let second = try Session(try await app.login(email: "pw@example.com"), field: "login")
            let mutation = "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }"
            let wrong = try await app.graphQL(mutation, variables: ["input": input([
                "currentPassword": "Not-my-password-1", "newPassword": "weak",
            ])], token: second.accessToken)
            #expect(wrong.code == "BAD_USER_INPUT")
            #expect(Set(wrong.badFields) == ["currentPassword", "newPassword"])
            #expect(try await app.login(email: "pw@example.com").errors.isEmpty)

            let changed = try await app.graphQL(mutation, variables: ["input": input([
                "currentPassword": "Correct-horse-1", "newPassword": "Better-horse-2", "newPasswordConfirmation": "Better-horse-2",
            ])], token: second.accessToken)
            #expect(changed.data?["changePassword"] == .bool(true))
            #expect(try await app.login(email: "pw@example.com").code == "UNAUTHENTICATED")
            #expect(try await app.login(email: "pw@example.com", password: "Better-horse-2").errors.isEmpty)
            // The session that changed the password lives on; the others are signed out.
            #expect(try await app.refresh(second.refreshToken).errors.isEmpty)
            #expect(try await app.refresh(first.refreshToken).code == "UNAUTHENTICATED")
        }
    }

    @Test func loginAsksForTheOneTimeCodeWhenTwoFactorIsOn() async throws {
        try await IdentityHarness.run { app in
            let session = try await app.register(email: "otp@example.com")
            let secret = "JBSWY3DPEHPK3PXPJBSWY3DP"
            try await app.pool.execute(
                "UPDATE users SET totp_secret = ?, totp_enabled_at = NOW(6) WHERE id = ?", [secret, UUID(uuidString: session.userID)])
            #expect(try await app.login(email: "otp@example.com").reason == "OTP_REQUIRED")
            #expect(try await app.login(email: "otp@example.com", otpCode: "000000x").reason == "OTP_INVALID")
            let code = TOTP(secret: secret).compute(date: Date())
            let padded = String(repeating: "0", count: 6 - String(code).count) + String(code)
            let reply = try await app.login(email: "otp@example.com", otpCode: padded)
            #expect(reply.errors.isEmpty, "\(reply.text)")
            #expect(try await app.graphQL("{ me { user { twoFactorEnabled } } }", token: try Session(reply, field: "login").accessToken)
                .data?["me"]?["user"]?["twoFactorEnabled"] == .bool(true))
        }
    }

    @Test func demoUsersSignInWithTheDocumentedPassword() async throws {
        try await IdentityHarness.run { app in
            let seeder = DemoSeeder(
                pool: app.pool, logger: Logger(label: "demo"), throughMonth: (2026, 11),
                hashPassword: { Bcrypt.hash($0, cost: 4) })
            _ = try await seeder.run()
            let reply = try await app.login(email: "owner@harbor.example", password: DemoSeeder.demoPassword)
            #expect(reply.errors.isEmpty, "\(reply.text)")
            #expect(reply.data?["login"]?["role"]?.stringValue == "OWNER")
            let tenant = try Session(try await app.login(email: "tenant@harbor.example", password: DemoSeeder.demoPassword), field: "login")
            #expect(try await app.graphQL("{ me { role } }", token: tenant.accessToken).data?["me"]?["role"]?.stringValue == "TENANT")
        }
    }

    @Test func passwordsLongerThanBcryptsLimitStillCountEveryCharacter() async throws {
        try await IdentityHarness.run { app in
            let long = String(repeating: "a", count: 80) + "B1"
            _ = try await app.register(email: "long@example.com", password: long)
            #expect(try await app.login(email: "long@example.com", password: long).errors.isEmpty)
            let sameFirst72 = String(repeating: "a", count: 80) + "B2"
            #expect(try await app.login(email: "long@example.com", password: sameFirst72).code == "UNAUTHENTICATED")
        }
    }
}

/// An input object of string fields.
func input(_ fields: [String: String]) -> Value {
    var object = ObjectValue()
    for (key, value) in fields.sorted(by: { $0.key < $1.key }) { object[key] = .string(value) }
    return .object(object)
}
