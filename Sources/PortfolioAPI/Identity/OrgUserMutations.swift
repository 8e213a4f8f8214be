import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// The organization's people managed directly: `member(id)` (USERS_READ), `createMember`,
/// `updateMember`, `deactivateMember`, `reactivateMember` (USERS_MANAGE) and `assignRole`
/// (ROLE_ASSIGN). Members are addressed by their membership id (`Member.membership.id`);
/// another organization's membership, or a malformed id, is NOT_FOUND.
///
/// Rules beyond the matrix: nobody manages a member ranked above themselves; roles are
/// granted through `RoleAssignmentPolicy` (no escalation, only an OWNER makes an OWNER);
/// the last active OWNER can be neither demoted nor deactivated (`LAST_OWNER`), checked
/// with the owners' membership rows locked so two concurrent requests cannot both pass.
///
/// `createMember` never handles a password: the account is created with an unusable one and
/// a single-use set-password code (7 days) is mailed through the outbox; the person sets
/// their password with `resetPassword`. An e-mail that already has an account is refused —
/// that person is invited instead (`inviteMember`), so nobody is added to an organization
/// without accepting.
enum OrgUserMutations {
    static let setPasswordLifetime: TimeInterval = 7 * 24 * 3600

    static let table: [String: FieldResolver] = [
        "Query.member": .async { _, arguments, context, _ in try await member(arguments, try APIContext.from(context)) },
        "Mutation.createMember": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateMember": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deactivateMember": .async { _, arguments, context, _ in
            try await setActive(false, arguments, try APIContext.from(context))
        },
        "Mutation.reactivateMember": .async { _, arguments, context, _ in
            try await setActive(true, arguments, try APIContext.from(context))
        },
        "Mutation.assignRole": .async { _, arguments, context, _ in try await assignRole(arguments, try APIContext.from(context)) },
    ]

    static let notFoundMessage = "Member not found."

    static func member(_ arguments: ObjectValue, _ api: APIContext) async throws -> MemberRepository.Member {
        let scope = try api.recordScope(.usersRead)
        let id = try membershipID(arguments["id"])
        let pool = try api.requirePool()
        guard let member = try await pool.withConnection({
            try await MemberRepository.find(orgID: scope.orgID, membershipID: id, on: $0)
        }) else { throw APIErrors.notFound(notFoundMessage) }
        return member
    }

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> MemberRepository.Member {
        let scope = try api.recordScope(.usersManage)
        let actor = try actorRole(api)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let email = InputValidation.email(input.string("email") ?? "", into: &errors)
        let fullName = InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", into: &errors)
        let phone = InputValidation.phone(input.string("phone"), into: &errors)
        let role = Role(rawValue: input.string("role") ?? "")
        if role == nil { errors.append(FieldError(field: "role", code: ErrorCode.required, message: "Role is required")) }
        try InputValidation.finish(errors)
        guard let role else { throw APIErrors.badUserInput(errors) }
        let emailTaken = FieldError(
            field: "email", code: ErrorCode.alreadyExists,
            message: "An account with this e-mail already exists; invite it with inviteMember instead")
        // An unusable password (nobody knows the secret); bcrypt outside the transaction.
        let unusable = try await PasswordHasher.hash(
            Base64URL.encode(Base64URL.randomBytes(32)), cost: api.services.auth.bcryptCost)
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        let code = RefreshTokenValue.generate().text
        let orgName = try api.requireViewer().membership?.organization.name ?? "your organization"
        do {
            return try await pool.retryingDeadlocks { connection in
                let owners = try await MemberRepository.lockActiveOwnerCount(orgID: scope.orgID, on: connection)
                try RoleAssignmentPolicy.check(actor: actor, currentRole: nil, newRole: role, ownerCount: owners)
                if try await UserRepository.find(email: email, on: connection) != nil { throw APIErrors.badUserInput([emailTaken]) }
                let userID = UUID()
                try await UserRepository.insert(
                    id: userID, email: email, passwordHash: unusable, fullName: fullName, phone: phone, now: now, on: connection)
                try await InvitationRepository.grantMembership(
                    orgID: scope.orgID.uuidString, userID: userID.uuidString, role: role, now: now, on: connection)
                try await PasswordResetRepository.insert(
                    userID: userID.uuidString, tokenHash: RefreshTokenValue.hash(code),
                    expiresAt: now.addingTimeInterval(setPasswordLifetime), now: now, on: connection)
                try await MailOutboxRepository.enqueue(
                    to: email, subject: "Your PortfolioOS account at \(orgName)",
                    body: """
                        An account was created for you in \(orgName) as \(role.rawValue).
                        Choose your password with this code (valid for 7 days, usable once) — "Reset password" in the app: \(code)
                        """,
                    now: now, on: connection)
                guard let member = try await MemberRepository.find(orgID: scope.orgID, userID: userID, on: connection) else {
                    throw MissingRowAfterInsert(table: "memberships")
                }
                return member
            }
        } catch let error as MariaDBError {
            if case .duplicateKey = error.kind { throw APIErrors.badUserInput([emailTaken]) }
            throw error
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> MemberRepository.Member {
        let scope = try api.recordScope(.usersManage)
        let actor = try actorRole(api)
        let input = InputObject(arguments)
        let id = try membershipID(input.fields["id"])
        var errors: [FieldError] = []
        let fullName = input.has("fullName")
            ? InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", into: &errors) : nil
        let phone: String?? = input.has("phone") ? .some(InputValidation.phone(input.string("phone"), into: &errors)) : .none
        try InputValidation.finish(errors)
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        return try await pool.retryingDeadlocks { connection in
            let target = try await lockTarget(scope.orgID, id, actor: actor, on: connection)
            try await UserRepository.updateProfile(
                id: target.user.id, fullName: fullName, email: nil, phone: phone, now: now, on: connection)
            return try await reload(scope.orgID, id, on: connection)
        }
    }

    static func setActive(_ active: Bool, _ arguments: ObjectValue, _ api: APIContext) async throws -> MemberRepository.Member {
        let scope = try api.recordScope(.usersManage)
        let actor = try actorRole(api)
        let id = try membershipID(arguments["id"])
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        return try await pool.retryingDeadlocks { connection in
            let owners = try await MemberRepository.lockActiveOwnerCount(orgID: scope.orgID, on: connection)
            let target = try await lockTarget(scope.orgID, id, actor: actor, on: connection)
            if target.membership.isActive == active { return target }
            if !active, target.membership.role == .owner, owners <= 1 {
                throw DomainError.conflict(
                    ErrorCode.lastOwner, "The last OWNER of an organization cannot be deactivated", field: "id")
            }
            if active, target.membership.role == .owner, actor != .owner {
                throw APIErrors.forbidden("Only an OWNER can reactivate an OWNER.")
            }
            try await MemberRepository.setActive(orgID: scope.orgID, membershipID: id, active, now: now, on: connection)
            return try await reload(scope.orgID, id, on: connection)
        }
    }

    static func assignRole(_ arguments: ObjectValue, _ api: APIContext) async throws -> MemberRepository.Member {
        let scope = try api.recordScope(.roleAssign)
        let actor = try actorRole(api)
        let id = try membershipID(arguments["id"])
        guard case .string(let roleName)? = arguments["role"], let role = Role(rawValue: roleName) else {
            throw APIErrors.badUserInput([FieldError(field: "role", code: ErrorCode.required, message: "Role is required")])
        }
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        return try await pool.retryingDeadlocks { connection in
            let owners = try await MemberRepository.lockActiveOwnerCount(orgID: scope.orgID, on: connection)
            guard let target = try await MemberRepository.find(orgID: scope.orgID, membershipID: id, forUpdate: true, on: connection) else {
                throw APIErrors.notFound(notFoundMessage)
            }
            // Demoting a deactivated OWNER takes no active owner away.
            let counted = target.membership.isActive ? owners : owners + 1
            try RoleAssignmentPolicy.check(actor: actor, currentRole: target.membership.role, newRole: role, ownerCount: counted)
            try await MemberRepository.setRole(orgID: scope.orgID, membershipID: id, role, now: now, on: connection)
            return try await reload(scope.orgID, id, on: connection)
        }
    }

    /// The member, locked, when the actor may manage them (not ranked above the actor).
    private static func lockTarget(_ orgID: UUID, _ id: UUID, actor: Role, on connection: MariaDBConnection) async throws -> MemberRepository.Member {
        guard let target = try await MemberRepository.find(orgID: orgID, membershipID: id, forUpdate: true, on: connection) else {
            throw APIErrors.notFound(notFoundMessage)
        }
        if target.membership.role.rank > actor.rank {
            throw APIErrors.forbidden("Role \(actor.rawValue) cannot manage a \(target.membership.role.rawValue).")
        }
        return target
    }

    private static func reload(_ orgID: UUID, _ id: UUID, on connection: MariaDBConnection) async throws -> MemberRepository.Member {
        guard let member = try await MemberRepository.find(orgID: orgID, membershipID: id, on: connection) else {
            throw APIErrors.notFound(notFoundMessage)
        }
        return member
    }

    private static func actorRole(_ api: APIContext) throws -> Role {
        guard let role = try api.requireViewer().role else {
            throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.")
        }
        return role
    }

    /// A membership id argument; a malformed one is NOT_FOUND like any id outside the scope.
    private static func membershipID(_ value: Value?) throws -> UUID {
        guard case .string(let text)? = value, let id = UUID(uuidString: text) else { throw APIErrors.notFound(notFoundMessage) }
        return id
    }
}
