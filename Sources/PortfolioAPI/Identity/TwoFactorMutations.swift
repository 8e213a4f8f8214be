import Foundation
import GraphQLEngine
import HummingbirdOTP
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// Two-factor authentication of the signed-in user (all behind `@authenticated`): enable
/// (a new secret and its `otpauth://` URI), confirm with a first code (turns it on and
/// returns recovery codes), regenerate recovery codes and disable (both need the password).
enum TwoFactorMutations {
    /// What `enableTwoFactor` returns: the secret for manual entry and the URI for QR codes.
    struct Setup: Sendable {
        let secret: String
        let uri: String
        /// The URI as a QR code SVG.
        let qrCodeSVG: String
    }

    static let table: [String: FieldResolver] = [
        "Mutation.enableTwoFactor": .async { _, _, context, _ in try await enable(try APIContext.from(context)) },
        "Mutation.confirmTwoFactor": .async { _, arguments, context, _ in try await confirm(arguments, try APIContext.from(context)) },
        "Mutation.regenerateRecoveryCodes": .async { _, arguments, context, _ in
            try await regenerate(arguments, try APIContext.from(context))
        },
        "Mutation.disableTwoFactor": .async { _, arguments, context, _ in try await disable(arguments, try APIContext.from(context)) },
        "TwoFactorSetup.secret": .sync { source, _, _, _ in try cast(source, as: Setup.self).secret },
        "TwoFactorSetup.otpauthUri": .sync { source, _, _, _ in try cast(source, as: Setup.self).uri },
        "TwoFactorSetup.qrCodeSvg": .sync { source, _, _, _ in try cast(source, as: Setup.self).qrCodeSVG },
    ]

    static func currentUser(_ api: APIContext) async throws -> UserRecord {
        let viewer = try api.requireViewer()
        guard let user = try await api.requirePool().withConnection({ try await UserRepository.find(id: viewer.userID, on: $0) }) else {
            throw APIErrors.unauthenticated("The account no longer exists.")
        }
        return user
    }

    static func enable(_ api: APIContext) async throws -> Setup {
        let user = try await currentUser(api)
        if user.totpEnabledAt != nil {
            throw DomainError.conflict("TWO_FACTOR_ALREADY_ENABLED", "Two-factor authentication is already on; disable it first")
        }
        // HummingbirdOTP keys HMAC with the secret's UTF-8 bytes and base32-encodes them for apps.
        let secret = Base64URL.encode(Base64URL.randomBytes(20))
        try await api.requirePool().withConnection { connection in
            try await TwoFactorRepository.setPendingSecret(userID: user.id, secret: secret, now: api.services.auth.now(), on: connection)
        }
        let uri = TOTP(secret: secret).createAuthenticatorURL(label: user.email, issuer: "PortfolioOS")
        let base32 = URLComponents(string: uri)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        return Setup(secret: base32, uri: uri, qrCodeSVG: try QRCode(uri).svg)
    }

    static func confirm(_ arguments: ObjectValue, _ api: APIContext) async throws -> [String] {
        let user = try await currentUser(api)
        let code: String = { if case .string(let text)? = arguments["code"] { return text }; return "" }()
        guard let secret = user.totpSecret, user.totpEnabledAt == nil else {
            throw DomainError.conflict("TWO_FACTOR_NOT_PENDING", "Call enableTwoFactor first")
        }
        let invalid = APIErrors.badUserInput([FieldError(field: "code", code: "INVALID_CODE", message: "The code is not valid")])
        guard let step = OneTimeCode.matchingStep(code.trimmingCharacters(in: .whitespaces), secret: secret, at: api.services.auth.now()) else {
            throw invalid
        }
        let codes = RecoveryCodes.generate()
        let now = api.services.auth.now()
        try await api.requirePool().transaction { connection in
            // The confirming code is spent too: it cannot sign in afterwards.
            guard try await TwoFactorRepository.claimTimeStep(userID: user.id, step: step, on: connection) else { throw invalid }
            try await TwoFactorRepository.enable(userID: user.id, now: now, on: connection)
            try await TwoFactorRepository.replaceRecoveryCodes(userID: user.id, hashes: codes.map(RecoveryCodes.hash), now: now, on: connection)
        }
        return codes
    }

    static func checkPassword(_ arguments: ObjectValue, _ user: UserRecord) async throws {
        let password: String = { if case .string(let text)? = arguments["password"] { return text }; return "" }()
        guard !password.isEmpty, try await PasswordHasher.verify(password, hash: user.passwordHash) else {
            throw APIErrors.badUserInput([FieldError(field: "password", code: IdentityValidation.incorrectPassword,
                                                     message: "The password is not correct")])
        }
    }

    static func regenerate(_ arguments: ObjectValue, _ api: APIContext) async throws -> [String] {
        let user = try await currentUser(api)
        try await checkPassword(arguments, user)
        guard user.totpEnabledAt != nil else {
            throw DomainError.conflict("TWO_FACTOR_NOT_ENABLED", "Two-factor authentication is off")
        }
        let codes = RecoveryCodes.generate()
        try await api.requirePool().transaction { connection in
            try await TwoFactorRepository.replaceRecoveryCodes(
                userID: user.id, hashes: codes.map(RecoveryCodes.hash), now: api.services.auth.now(), on: connection)
        }
        return codes
    }

    static func disable(_ arguments: ObjectValue, _ api: APIContext) async throws -> Bool {
        let user = try await currentUser(api)
        try await checkPassword(arguments, user)
        try await api.requirePool().transaction { connection in
            try await TwoFactorRepository.disable(userID: user.id, now: api.services.auth.now(), on: connection)
        }
        return true
    }
}
