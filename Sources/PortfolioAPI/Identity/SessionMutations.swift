import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `register`, `login`, `refreshSession` and `logout`: the life cycle of a session
/// (docs/security.md "Tokens").
enum SessionMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.register": .async { _, arguments, context, _ in try await register(arguments, try APIContext.from(context)) },
        "Mutation.login": .async { _, arguments, context, _ in try await login(arguments, try APIContext.from(context)) },
        "Mutation.refreshSession": .async { _, arguments, context, _ in try await refresh(arguments, try APIContext.from(context)) },
        "Mutation.logout": .async { _, arguments, context, _ in try await logout(arguments, try APIContext.from(context)) },
    ]

    static func register(_ arguments: ObjectValue, _ api: APIContext) async throws -> AuthPayload {
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let fullName = InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", into: &errors)
        let email = InputValidation.email(input.string("email") ?? "", into: &errors)
        let phone = InputValidation.phone(input.string("phone"), into: &errors)
        let password = input.string("password") ?? ""
        errors += PasswordPolicy.validate(password, confirmation: input.string("passwordConfirmation"), email: email)
        try InputValidation.finish(errors)

        let pool = try api.requirePool()
        let hash = try await PasswordHasher.hash(password, cost: api.services.auth.bcryptCost)
        let emailTaken = FieldError(field: "email", code: ErrorCode.alreadyExists, message: "An account with this e-mail already exists")
        do {
            return try await pool.transaction { connection in
                if try await UserRepository.find(email: email, on: connection) != nil {
                    throw APIErrors.badUserInput([emailTaken])
                }
                let id = UUID()
                try await UserRepository.insert(
                    id: id, email: email, passwordHash: hash, fullName: fullName, phone: phone,
                    now: api.services.auth.now(), on: connection)
                guard let user = try await UserRepository.find(id: id.uuidString, on: connection) else {
                    throw MissingRowAfterInsert(table: "users")
                }
                return try await SessionIssuer.issue(user: user, membership: nil, context: api, on: connection)
            }
        } catch let error as MariaDBError {
            // Two registrations of one e-mail at once: the unique key decides.
            if case .duplicateKey = error.kind { throw APIErrors.badUserInput([emailTaken]) }
            throw error
        }
    }

    static func login(_ arguments: ObjectValue, _ api: APIContext) async throws -> AuthPayload {
        let input = InputObject(arguments)
        let email = (input.string("email") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = input.string("password") ?? ""
        var errors: [FieldError] = []
        if email.isEmpty { errors.append(FieldError(field: "email", code: ErrorCode.required, message: "E-mail is required")) }
        if password.isEmpty { errors.append(FieldError(field: "password", code: ErrorCode.required, message: "Password is required")) }
        try InputValidation.finish(errors)

        let pool = try api.requirePool()
        try await pool.withConnection { connection in
            try await LoginRateLimiter.attempt(kind: "login", account: email, context: api, on: connection)
        }
        let user = try await pool.withConnection { try await UserRepository.find(email: email, on: $0) }
        let invalid = APIErrors.error(.unauthenticated, "Invalid e-mail or password.", ["reason": .string("INVALID_CREDENTIALS")])
        guard let user else {
            _ = try await PasswordHasher.verifyAgainstDummy(password)
            throw invalid
        }
        guard try await PasswordHasher.verify(password, hash: user.passwordHash), user.isActive else { throw invalid }
        if user.totpEnabledAt != nil, let secret = user.totpSecret {
            guard let code = input.string("otpCode")?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
                throw APIErrors.error(.unauthenticated, "A one-time code is required.", ["reason": .string("OTP_REQUIRED")])
            }
            if let step = OneTimeCode.matchingStep(code, secret: secret, at: api.services.auth.now()) {
                // A code works once: its step must be later than the last one used.
                let fresh = try await pool.withConnection { connection in
                    try await TwoFactorRepository.claimTimeStep(userID: user.id, step: step, on: connection)
                }
                guard fresh else {
                    throw APIErrors.error(.unauthenticated, "The one-time code is not valid.", ["reason": .string("OTP_INVALID")])
                }
            } else {
                // Not the current TOTP code: perhaps one of the single-use recovery codes.
                let spent = try await pool.withConnection { connection in
                    try await TwoFactorRepository.useRecoveryCode(
                        userID: user.id, hash: RecoveryCodes.hash(code), now: api.services.auth.now(), on: connection)
                }
                guard spent else {
                    throw APIErrors.error(.unauthenticated, "The one-time code is not valid.", ["reason": .string("OTP_INVALID")])
                }
            }
        }
        return try await pool.transaction { connection in
            let memberships = try await OrganizationRepository.activeMemberships(userID: user.id, on: connection)
            return try await SessionIssuer.issue(user: user, membership: memberships.first, context: api, on: connection)
        }
    }

    /// What became of a presented refresh token, decided inside the locking transaction and
    /// acted on after it (an error thrown inside would roll back the family revocation).
    private enum RefreshOutcome {
        case issued(AuthPayload)
        case unknown, expired, reused
    }

    static func refresh(_ arguments: ObjectValue, _ api: APIContext) async throws -> AuthPayload {
        let presented: String? = {
            if case .string(let text)? = arguments["refreshToken"], !text.isEmpty { return text }
            return api.credentials.refreshCookie
        }()
        guard let presented, !presented.isEmpty else {
            throw APIErrors.error(.unauthenticated, "A refresh token is required.", ["reason": .string("REFRESH_TOKEN_MISSING")])
        }
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        let outcome: RefreshOutcome = try await pool.transaction { connection in
            guard let token = try await SessionRepository.lockRefreshToken(hash: RefreshTokenValue.hash(presented), on: connection) else {
                return .unknown
            }
            if token.rotatedAt != nil || token.revokedAt != nil {
                // A used or revoked token came back: it may have been stolen. End the session.
                try await SessionRepository.revokeFamily(token.familyID, now: now, on: connection)
                return .reused
            }
            guard token.expiresAt > now else { return .expired }
            guard let user = try await UserRepository.find(id: token.userID, on: connection), user.isActive else {
                return .unknown
            }
            try await SessionRepository.markRotated(id: token.id, now: now, on: connection)
            let memberships = try await OrganizationRepository.activeMemberships(userID: user.id, on: connection)
            let membership = memberships.first { m in token.orgID.map { Authenticator.sameID($0, m.organization.id) } ?? false }
                ?? memberships.first
            return .issued(try await SessionIssuer.issue(
                user: user, membership: membership, familyID: token.familyID, context: api, on: connection))
        }
        switch outcome {
        case .issued(let payload):
            return payload
        case .unknown:
            throw APIErrors.error(.unauthenticated, "The refresh token is not valid.", ["reason": .string("REFRESH_TOKEN_INVALID")])
        case .expired:
            throw APIErrors.error(.unauthenticated, "The refresh token has expired.", ["reason": .string("REFRESH_TOKEN_EXPIRED")])
        case .reused:
            api.sessionCookies.record(.clear)
            api.logger.warning("refresh token reused; session revoked")
            throw APIErrors.error(
                .unauthenticated, "The refresh token was already used; the session has been revoked.",
                ["reason": .string("REFRESH_TOKEN_REUSED")])
        }
    }

    /// Revokes what the request can prove it holds: the verified access token (its `jti`
    /// and its session `sid`) and the refresh token given or in the cookie (its family).
    static func logout(_ arguments: ObjectValue, _ api: APIContext) async throws -> Bool {
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        var refresh = api.credentials.refreshCookie
        if case .string(let text)? = arguments["refreshToken"], !text.isEmpty { refresh = text }
        try await pool.transaction { connection in
            if let viewer = api.authentication.viewer {
                try await SessionRepository.revokeAccessToken(
                    id: viewer.claims.jti, expiresAt: viewer.claims.expiresAt, now: now, on: connection)
                try await SessionRepository.revokeFamily(viewer.claims.sid, now: now, on: connection)
            }
            if let refresh, let token = try await SessionRepository.lockRefreshToken(hash: RefreshTokenValue.hash(refresh), on: connection) {
                try await SessionRepository.revokeFamily(token.familyID, now: now, on: connection)
            }
        }
        api.sessionCookies.record(.clear)
        return true
    }
}
