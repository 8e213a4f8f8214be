import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `addFamilyMember`, `updateFamilyMember`, `removeFamilyMember`. A TENANT user manages the
/// family of their own tenant record only (their scope hides every other tenant).
enum FamilyMemberMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.addFamilyMember": .async { _, arguments, context, _ in try await add(arguments, try APIContext.from(context)) },
        "Mutation.updateFamilyMember": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.removeFamilyMember": .async { _, arguments, context, _ in try await remove(arguments, try APIContext.from(context)) },
    ]

    static let maxRelationship = 60

    static func add(_ arguments: ObjectValue, _ api: APIContext) async throws -> FamilyMemberRecord {
        let scope = try api.recordScope(.familyMembersManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let values = FamilyMemberRepository.Values(
            fullName: InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", into: &errors),
            relationship: InputValidation.optionalText(input.string("relationship"), field: "relationship", label: "Relationship", maximum: maxRelationship, into: &errors),
            phone: InputValidation.phone(input.string("phone"), into: &errors),
            dateOfBirth: birthDate(input.string("dateOfBirth"), today: try api.organizationToday(), into: &errors))
        try InputValidation.finish(errors)
        guard let tenantID = LeasingArguments.id(arguments, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard try await LeasingLock.lock(TenantRecord.self, id: tenantID, scope: scope, on: connection) != nil else {
                throw APIErrors.notFound("Tenant not found.")
            }
            try await FamilyMemberRepository.insert(id: id, orgID: scope.orgID, tenantID: tenantID, values, now: Date(), on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> FamilyMemberRecord {
        let scope = try api.recordScope(.familyMembersManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        var fullName: String?
        if input.has("fullName") {
            fullName = InputValidation.text(input.string("fullName") ?? "", field: "fullName", label: "Full name", into: &errors)
        }
        let relationship = InputValidation.optionalText(input.string("relationship"), field: "relationship", label: "Relationship", maximum: maxRelationship, into: &errors)
        let phone = InputValidation.phone(input.string("phone"), into: &errors)
        let dateOfBirth = birthDate(input.string("dateOfBirth"), today: try api.organizationToday(), into: &errors)
        try InputValidation.finish(errors)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Family member not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await LeasingLock.lock(FamilyMemberRecord.self, id: id, scope: scope, on: connection) else {
                throw APIErrors.notFound("Family member not found.")
            }
            let values = FamilyMemberRepository.Values(
                fullName: fullName ?? current.fullName,
                relationship: input.has("relationship") ? relationship : current.relationship,
                phone: input.has("phone") ? phone : current.phone,
                dateOfBirth: input.has("dateOfBirth") ? dateOfBirth : current.dateOfBirth)
            try await FamilyMemberRepository.update(id: id, values, on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    static func remove(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.familyMembersManage)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Family member not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await LeasingLock.lock(FamilyMemberRecord.self, id: id, scope: scope, on: connection) else {
                throw APIErrors.notFound("Family member not found.")
            }
            try await FamilyMemberRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    /// A date of birth: a valid date, not after `today` (the organization's today).
    static func birthDate(_ raw: String?, today: LocalDate, into errors: inout [FieldError]) -> LocalDate? {
        guard let date = InputValidation.date(raw, field: "dateOfBirth", into: &errors) else { return nil }
        if date > today {
            errors.append(FieldError(field: "dateOfBirth", code: ErrorCode.outOfRange, message: "Date of birth must not be in the future"))
        }
        return date
    }

    static func reread(_ id: UUID, _ scope: RecordScope, on connection: MariaDBConnection) async throws -> FamilyMemberRecord {
        guard let record = try await LeasingLock.lock(FamilyMemberRecord.self, id: id, scope: scope, on: connection) else {
            throw APIErrors.notFound("Family member not found.")
        }
        return record
    }
}
