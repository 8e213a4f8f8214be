import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createTenant`, `updateTenant`, `deleteTenant`, `linkTenantUser`, `unlinkTenantUser`.
/// Input is validated first (one BAD_USER_INPUT listing every bad field); then one
/// transaction locks the tenant row and writes, so a failure changes nothing.
enum TenantMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createTenant": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateTenant": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteTenant": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
        "Mutation.linkTenantUser": .async { _, arguments, context, _ in try await link(arguments, try APIContext.from(context)) },
        "Mutation.unlinkTenantUser": .async { _, arguments, context, _ in try await unlink(arguments, try APIContext.from(context)) },
    ]

    static let maxName = 200
    static let maxIdentityType = 40
    static let maxIdentityNumber = 80
    static let maxNotes = 5000

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> TenantRecord {
        let scope = try api.recordScope(.tenantsCreate)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let values = TenantRepository.Values(
            fullName: InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", maximum: maxName, into: &errors),
            email: optionalEmail(input.string("email"), into: &errors),
            phone: InputValidation.phone(input.string("phone"), into: &errors),
            status: input.string("status") ?? "ACTIVE",
            identityType: InputValidation.optionalText(input.string("identityType"), field: "identityType", label: "Identity type", maximum: maxIdentityType, into: &errors),
            identityNumber: InputValidation.optionalText(input.string("identityNumber"), field: "identityNumber", label: "Identity number", maximum: maxIdentityNumber, into: &errors),
            notes: InputValidation.optionalText(input.string("notes"), field: "notes", label: "Notes", maximum: maxNotes, into: &errors))
        try InputValidation.finish(errors)
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await TenantRepository.insert(id: id, orgID: scope.orgID, values, now: Date(), on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> TenantRecord {
        let scope = try api.recordScope(.tenantsUpdate)
        let input = InputObject(arguments)
        if !scope.isWholeOrganization, input.has("status") || input.has("notes") {
            throw APIErrors.forbidden("A tenant cannot change their own status or notes.")
        }
        var errors: [FieldError] = []
        var fullName: String?
        if input.has("fullName") {
            fullName = InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", maximum: maxName, into: &errors)
        }
        let email = optionalEmail(input.string("email"), into: &errors)
        let phone = InputValidation.phone(input.string("phone"), into: &errors)
        if input.has("status"), input.string("status") == nil {
            errors.append(FieldError(field: "status", code: ErrorCode.required, message: "Status cannot be cleared"))
        }
        let identityType = InputValidation.optionalText(input.string("identityType"), field: "identityType", label: "Identity type", maximum: maxIdentityType, into: &errors)
        let identityNumber = InputValidation.optionalText(input.string("identityNumber"), field: "identityNumber", label: "Identity number", maximum: maxIdentityNumber, into: &errors)
        let notes = InputValidation.optionalText(input.string("notes"), field: "notes", label: "Notes", maximum: maxNotes, into: &errors)
        try InputValidation.finish(errors)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await LeasingLock.lock(TenantRecord.self, id: id, scope: scope, on: connection) else {
                throw APIErrors.notFound("Tenant not found.")
            }
            let values = TenantRepository.Values(
                fullName: fullName ?? current.fullName,
                email: input.has("email") ? email : current.email,
                phone: input.has("phone") ? phone : current.phone,
                status: input.string("status") ?? current.status,
                identityType: input.has("identityType") ? identityType : current.identityType,
                identityNumber: input.has("identityNumber") ? identityNumber : current.identityNumber,
                notes: input.has("notes") ? notes : current.notes)
            try await TenantRepository.update(id: id, values, now: Date(), on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    /// Refused while the tenant is a party of any lease (active or ended): the lease history
    /// and its money name them. Set their status to FORMER instead.
    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.tenantsDelete)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await LeasingLock.lock(TenantRecord.self, id: id, scope: scope, on: connection) else {
                throw APIErrors.notFound("Tenant not found.")
            }
            if try await TenantRepository.isLeaseParty(id, on: connection) {
                throw LeasingArguments.bad("id", LeasingArguments.tenantHasLeases,
                                           "The tenant is a party of a lease and cannot be deleted; set the status to FORMER instead")
            }
            try await TenantRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    /// The user must be an active TENANT member of the organization and not linked to
    /// another tenant of it.
    static func link(_ arguments: ObjectValue, _ api: APIContext) async throws -> TenantRecord {
        let scope = try api.recordScope(.tenantsUpdate)
        guard scope.isWholeOrganization else { throw APIErrors.forbidden("A tenant cannot link users.") }
        guard let id = LeasingArguments.id(arguments, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let userID = LeasingArguments.id(arguments, "userId")
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await LeasingLock.lock(TenantRecord.self, id: id, scope: scope, on: connection) else {
                throw APIErrors.notFound("Tenant not found.")
            }
            guard let userID, let member = try await MemberRepository.find(orgID: scope.orgID, userID: userID, on: connection) else {
                throw APIErrors.notFound("User not found.")
            }
            guard member.membership.role == .tenant, member.membership.isActive else {
                throw LeasingArguments.bad("userId", LeasingArguments.notTenantUser, "Only an active TENANT member of the organization can be linked")
            }
            if let linked = try await TenantRepository.linkedTenant(orgID: scope.orgID, userID: userID, on: connection),
               linked.lowercased() != current.id.lowercased() {
                throw LeasingArguments.bad("userId", ErrorCode.alreadyExists, "The user is already linked to another tenant")
            }
            try await TenantRepository.setUser(id: id, userID: userID, now: Date(), on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    static func unlink(_ arguments: ObjectValue, _ api: APIContext) async throws -> TenantRecord {
        let scope = try api.recordScope(.tenantsUpdate)
        guard scope.isWholeOrganization else { throw APIErrors.forbidden("A tenant cannot unlink users.") }
        guard let id = LeasingArguments.id(arguments, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard try await LeasingLock.lock(TenantRecord.self, id: id, scope: scope, on: connection) != nil else {
                throw APIErrors.notFound("Tenant not found.")
            }
            try await TenantRepository.setUser(id: id, userID: nil, now: Date(), on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    /// An optional e-mail: blank or absent means none.
    static func optionalEmail(_ raw: String?, into errors: inout [FieldError]) -> String? {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return InputValidation.email(raw, into: &errors)
    }

    static func reread(_ id: UUID, _ scope: RecordScope, on connection: MariaDBConnection) async throws -> TenantRecord {
        guard let record = try await LeasingLock.lock(TenantRecord.self, id: id, scope: RecordScope(orgID: scope.orgID), on: connection) else {
            throw APIErrors.notFound("Tenant not found.")
        }
        return record
    }
}
