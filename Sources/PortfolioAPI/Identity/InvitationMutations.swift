import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `inviteMember` (behind `@requires(permission: INVITE)`, and `RoleAssignmentPolicy` so
/// nobody invites above their own role) and `acceptInvitation` (the invited e-mail's
/// signed-in account joins with the invited role). Tokens are single-use, hashed, 7 days.
enum InvitationMutations {
    static let tokenLifetime: TimeInterval = 7 * 24 * 3600

    static let table: [String: FieldResolver] = [
        "Mutation.inviteMember": .async { _, arguments, context, _ in try await invite(arguments, try APIContext.from(context)) },
        "Mutation.acceptInvitation": .async { _, arguments, context, _ in try await accept(arguments, try APIContext.from(context)) },
        "Invitation.id": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).id },
        "Invitation.email": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).email },
        "Invitation.role": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).role.rawValue },
        "Invitation.expiresAt": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).expiresAt },
        "Invitation.acceptedAt": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).acceptedAt },
        "Invitation.createdAt": .sync { source, _, _, _ in try cast(source, as: InvitationRecord.self).createdAt },
    ]

    static func invite(_ arguments: ObjectValue, _ api: APIContext) async throws -> InvitationRecord {
        let viewer = try api.requireViewer()
        guard let membership = viewer.membership else { throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.") }
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let email = InputValidation.email(input.string("email") ?? "", into: &errors)
        let role = Role(rawValue: input.string("role") ?? "")
        if role == nil { errors.append(FieldError(field: "role", code: ErrorCode.required, message: "Role is required")) }
        guard let role, errors.isEmpty else { throw APIErrors.badUserInput(errors) }
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        let token = RefreshTokenValue.generate().text
        return try await pool.transaction { connection in
            let owners = try await InvitationRepository.ownerCount(orgID: membership.organization.id, on: connection)
            try RoleAssignmentPolicy.check(actor: membership.role, currentRole: nil, newRole: role, ownerCount: owners)
            if let existing = try await UserRepository.find(email: email, on: connection),
                try await InvitationRepository.membershipState(orgID: membership.organization.id, userID: existing.id, on: connection) == true
            {
                throw APIErrors.badUserInput([FieldError(field: "email", code: ErrorCode.alreadyExists,
                                                         message: "This person is already a member")])
            }
            let invitation = try await InvitationRepository.insert(
                orgID: membership.organization.id, email: email, role: role, tokenHash: RefreshTokenValue.hash(token),
                invitedBy: viewer.userID, expiresAt: now.addingTimeInterval(tokenLifetime), now: now, on: connection)
            try await MailOutboxRepository.enqueue(
                to: email, subject: "You are invited to \(membership.organization.name) on PortfolioOS",
                body: """
                    You are invited to join \(membership.organization.name) as \(role.rawValue).
                    Sign in (or register with this e-mail address) and accept with this code (valid for 7 days, usable once): \(token)
                    """,
                now: now, on: connection)
            return invitation
        }
    }

    static func accept(_ arguments: ObjectValue, _ api: APIContext) async throws -> MembershipRecord {
        let viewer = try api.requireViewer()
        let token: String = { if case .string(let text)? = arguments["token"] { return text }; return "" }()
        let badToken = FieldError(field: "token", code: PasswordResetMutations.invalidToken,
                                  message: "The invitation code is not valid, was used, or has expired")
        let pool = try api.requirePool()
        let now = api.services.auth.now()
        return try await pool.transaction { connection in
            guard !token.isEmpty,
                let invitation = try await InvitationRepository.lockOpen(tokenHash: RefreshTokenValue.hash(token), now: now, on: connection),
                let user = try await UserRepository.find(id: viewer.userID, on: connection),
                user.email.lowercased() == invitation.email.lowercased()
            else { throw APIErrors.badUserInput([badToken]) }
            try await InvitationRepository.grantMembership(
                orgID: invitation.orgID, userID: user.id, role: invitation.role, now: now, on: connection)
            try await InvitationRepository.markAccepted(id: invitation.id, now: now, on: connection)
            let memberships = try await OrganizationRepository.activeMemberships(userID: user.id, on: connection)
            guard let joined = memberships.first(where: { Authenticator.sameID($0.organization.id, invitation.orgID) }) else {
                throw APIErrors.notFound("No organization with id \(invitation.orgID).")
            }
            return joined
        }
    }
}
