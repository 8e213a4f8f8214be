import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `updateProfile` and `changePassword`: the signed-in user's own account. Both sit behind
/// `@authenticated`, so the viewer is known when they run.
enum ProfileMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.updateProfile": .async { _, arguments, context, _ in
            try await updateProfile(arguments, try APIContext.from(context))
        },
        "Mutation.changePassword": .async { _, arguments, context, _ in
            try await changePassword(arguments, try APIContext.from(context))
        },
    ]

    static func updateProfile(_ arguments: ObjectValue, _ api: APIContext) async throws -> UserRecord {
        let viewer = try api.requireViewer()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let fullName = input.string("fullName").map {
            InputValidation.text($0, field: "fullName", label: "Full name", into: &errors)
        }
        let email = input.string("email").map { InputValidation.email($0, into: &errors) }
        let phone: String?? = input.has("phone") ? .some(InputValidation.phone(input.string("phone"), into: &errors)) : .none
        try InputValidation.finish(errors)

        let emailTaken = FieldError(field: "email", code: ErrorCode.alreadyExists, message: "An account with this e-mail already exists")
        let pool = try api.requirePool()
        do {
            return try await pool.transaction { connection in
                if let email, let other = try await UserRepository.find(email: email, on: connection), other.id != viewer.userID {
                    throw APIErrors.badUserInput([emailTaken])
                }
                try await UserRepository.updateProfile(
                    id: viewer.userID, fullName: fullName, email: email, phone: phone, now: api.services.auth.now(), on: connection)
                guard let user = try await UserRepository.find(id: viewer.userID, on: connection) else {
                    throw APIErrors.unauthenticated("The account no longer exists.")
                }
                return user
            }
        } catch let error as MariaDBError {
            if case .duplicateKey = error.kind { throw APIErrors.badUserInput([emailTaken]) }
            throw error
        }
    }

    static func changePassword(_ arguments: ObjectValue, _ api: APIContext) async throws -> Bool {
        let viewer = try api.requireViewer()
        let input = InputObject(arguments)
        let current = input.string("currentPassword") ?? ""
        let new = input.string("newPassword") ?? ""
        let pool = try api.requirePool()
        guard let user = try await pool.withConnection({ try await UserRepository.find(id: viewer.userID, on: $0) }) else {
            throw APIErrors.unauthenticated("The account no longer exists.")
        }
        var errors = PasswordPolicy.validate(
            new, confirmation: input.string("newPasswordConfirmation"), email: user.email,
            field: "newPassword", confirmationField: "newPasswordConfirmation")
        if current.isEmpty {
            errors.insert(FieldError(field: "currentPassword", code: ErrorCode.required, message: "The current password is required"), at: 0)
        } else if try await !PasswordHasher.verify(current, hash: user.passwordHash) {
            errors.insert(FieldError(field: "currentPassword", code: IdentityValidation.incorrectPassword,
                                     message: "The current password is not correct"), at: 0)
        }
        try InputValidation.finish(errors)
        let hash = try await PasswordHasher.hash(new, cost: api.services.auth.bcryptCost)
        let now = api.services.auth.now()
        try await pool.transaction { connection in
            try await UserRepository.updatePassword(id: viewer.userID, passwordHash: hash, now: now, on: connection)
            try await SessionRepository.revokeOtherFamilies(
                userID: viewer.userID, keepFamilyID: viewer.claims.sid, now: now, on: connection)
        }
        return true
    }
}
