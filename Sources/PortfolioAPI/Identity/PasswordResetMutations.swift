import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `requestPasswordReset` and `resetPassword`: recovery through a single-use, hashed,
/// one-hour token mailed via the outbox.
enum PasswordResetMutations {
    static let tokenLifetime: TimeInterval = 3600
    static let invalidToken = "INVALID_TOKEN"

    static let table: [String: FieldResolver] = [
        "Mutation.requestPasswordReset": .async { _, arguments, context, _ in
            try await request(arguments, try APIContext.from(context))
        },
        "Mutation.resetPassword": .async { _, arguments, context, _ in
            try await reset(arguments, try APIContext.from(context))
        },
    ]

    /// Always true, whether or not the e-mail has an account, so the answer reveals nothing.
    /// Rate limited like sign-in (kind `reset`), so it cannot flood a mailbox.
    static func request(_ arguments: ObjectValue, _ api: APIContext) async throws -> Bool {
        var errors: [FieldError] = []
        let raw: String = { if case .string(let text)? = arguments["email"] { return text }; return "" }()
        let email = InputValidation.email(raw, into: &errors)
        try InputValidation.finish(errors)
        let pool = try api.requirePool()
        try await pool.withConnection { connection in
            try await LoginRateLimiter.attempt(kind: "reset", account: email, context: api, on: connection)
        }
        let now = api.services.auth.now()
        try await pool.transaction { connection in
            guard let user = try await UserRepository.find(email: email, on: connection), user.isActive else { return }
            let token = RefreshTokenValue.generate().text
            try await PasswordResetRepository.insert(
                userID: user.id, tokenHash: RefreshTokenValue.hash(token), expiresAt: now.addingTimeInterval(tokenLifetime),
                now: now, on: connection)
            try await MailOutboxRepository.enqueue(
                to: user.email, subject: "Reset your PortfolioOS password",
                body: """
                    Someone asked to reset the password of your PortfolioOS account.
                    Your reset code (valid for one hour, usable once): \(token)
                    If this was not you, ignore this message; your password stays as it is.
                    """,
                now: now, on: connection)
        }
        api.logger.info("password reset requested", metadata: ["email": "\(email)"])
        return true
    }

    /// Sets a new password with a reset code; every session of the user is signed out.
    static func reset(_ arguments: ObjectValue, _ api: APIContext) async throws -> Bool {
        let input = InputObject(arguments)
        let token = input.string("token") ?? ""
        let password = input.string("password") ?? ""
        let confirmation = input.string("passwordConfirmation")
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        let badToken = FieldError(field: "token", code: invalidToken, message: "The reset code is not valid or has expired")
        // Hash outside the transaction (bcrypt is slow); validated against the policy first.
        var errors = PasswordPolicy.validate(password, confirmation: confirmation)
        if token.isEmpty { errors.insert(badToken, at: 0) }
        try InputValidation.finish(errors)
        let hash = try await PasswordHasher.hash(password, cost: api.services.auth.bcryptCost)
        try await pool.transaction { connection in
            guard let reset = try await PasswordResetRepository.lockUsable(tokenHash: RefreshTokenValue.hash(token), now: now, on: connection),
                let user = try await UserRepository.find(id: reset.userID, on: connection)
            else { throw APIErrors.badUserInput([badToken]) }
            let emailErrors = PasswordPolicy.validate(password, email: user.email)
            if !emailErrors.isEmpty { throw APIErrors.badUserInput(emailErrors) }
            try await UserRepository.updatePassword(id: user.id, passwordHash: hash, now: now, on: connection)
            try await PasswordResetRepository.markAllUsed(userID: user.id, now: now, on: connection)
            try await connection.execute(
                "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", [now, UUID(uuidString: user.id)])
        }
        return true
    }
}
