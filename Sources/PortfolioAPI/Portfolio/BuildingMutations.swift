import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createBuilding`, `updateBuilding`, `deleteBuilding` (soft) and `restoreBuilding` (behind
/// BUILDINGS_MANAGE). Input is validated first (one BAD_USER_INPUT listing every bad field),
/// then one transaction writes; a taken code is the unique key's duplicate error, reported
/// as BAD_USER_INPUT `code` ALREADY_EXISTS.
///
/// Billing defaults are validated here rather than with `PortfolioDomain.BillingDefaults`,
/// which knows only the MONTHLY cycle and always has a cutoff day; the schema stores
/// QUARTERLY/YEARLY and an optional cutoff (seed 003).
enum BuildingMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createBuilding": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateBuilding": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteBuilding": .async { _, arguments, context, _ in try await setDeleted(arguments, true, try APIContext.from(context)) },
        "Mutation.restoreBuilding": .async { _, arguments, context, _ in try await setDeleted(arguments, false, try APIContext.from(context)) },
    ]

    static let codeTaken = PortfolioArguments.taken("code", "A building with this code already exists")

    /// Validates the fields present in `input` onto `values` (create: every required field
    /// must be present).
    static func apply(_ input: InputObject, to values: inout BuildingRepository.Values, creating: Bool, into errors: inout [FieldError]) {
        if creating || input.has("code") {
            values.code = InputValidation.text(input.string("code") ?? "", field: "code", label: "Code", maximum: 40, into: &errors)
        }
        if creating || input.has("name") {
            values.name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", maximum: 200, into: &errors)
        }
        if input.has("kind") {
            values.kind = InputValidation.text(input.string("kind") ?? "", field: "kind", label: "Kind", maximum: 40, into: &errors).uppercased()
        }
        if input.has("address") {
            values.address = InputValidation.optionalText(input.string("address"), field: "address", label: "Address", maximum: 300, into: &errors)
        }
        if input.has("city") {
            values.city = InputValidation.optionalText(input.string("city"), field: "city", label: "City", maximum: 120, into: &errors)
        }
        if input.has("note") {
            values.note = InputValidation.optionalText(input.string("note"), field: "note", label: "Note", maximum: 2000, into: &errors)
        }
        if input.has("billingCycle") {
            if let cycle = input.string("billingCycle") {
                values.billingCycle = cycle
            } else {
                errors.append(FieldError(field: "billingCycle", code: ErrorCode.required, message: "Billing cycle cannot be cleared"))
            }
        }
        if input.has("billingDueDay") {
            if let day = input.int("billingDueDay"), (1...31).contains(day) {
                values.billingDueDay = day
            } else {
                errors.append(FieldError(field: "billingDueDay", code: ErrorCode.outOfRange, message: "Due day must be between 1 and 31"))
            }
        }
        if input.has("billingCutoffDay") {
            let day = input.int("billingCutoffDay")
            if let day, !(1...31).contains(day) {
                errors.append(FieldError(field: "billingCutoffDay", code: ErrorCode.outOfRange, message: "Cutoff day must be between 1 and 31"))
            }
            values.billingCutoffDay = day
        }
    }

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> BuildingRecord {
        let scope = try api.recordScope(.buildingsManage)
        var values = BuildingRepository.Values(
            code: "", name: "", kind: "RESIDENTIAL", address: nil, city: nil, note: nil,
            billingCycle: "MONTHLY", billingDueDay: 1, billingCutoffDay: nil)
        var errors: [FieldError] = []
        apply(InputObject(arguments), to: &values, creating: true, into: &errors)
        try InputValidation.finish(errors)
        let id = UUID()
        let record = values
        return try await PortfolioArguments.mappingDuplicate(codeTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                try await BuildingRepository.insert(id: id, orgID: scope.orgID, record, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> BuildingRecord {
        let scope = try api.recordScope(.buildingsManage)
        let input = InputObject(arguments)
        // Validate the input on its own first, so a bad value is reported even for a bad id.
        var probe = BuildingRepository.Values(
            code: "", name: "", kind: "", address: nil, city: nil, note: nil, billingCycle: "MONTHLY", billingDueDay: 1, billingCutoffDay: nil)
        var errors: [FieldError] = []
        apply(input, to: &probe, creating: false, into: &errors)
        try InputValidation.finish(errors)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Building not found.") }
        return try await PortfolioArguments.mappingDuplicate(codeTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                guard let current = try await BuildingRepository.lock(id, orgID: scope.orgID, on: connection) else {
                    throw APIErrors.notFound("Building not found.")
                }
                var values = BuildingRepository.Values(current)
                var ignored: [FieldError] = []
                apply(input, to: &values, creating: false, into: &ignored)
                try await BuildingRepository.update(id: id, values, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    /// Soft delete (`deleted` true) or restore; idempotent on a building already in that state.
    static func setDeleted(_ arguments: ObjectValue, _ deleted: Bool, _ api: APIContext) async throws -> BuildingRecord {
        let scope = try api.recordScope(.buildingsManage)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Building not found.") }
        return try await api.requirePool().retryingDeadlocks { connection in
            guard let current = try await BuildingRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Building not found.")
            }
            if (current.deletedAt != nil) != deleted {
                let now = Date()
                try await BuildingRepository.setDeleted(id: id, at: deleted ? now : nil, now: now, on: connection)
            }
            return try await reread(id, scope.orgID, connection)
        }
    }

    static func reread(_ id: UUID, _ orgID: UUID, _ connection: MariaDBConnection) async throws -> BuildingRecord {
        guard let record = try await BuildingRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Building not found.")
        }
        return record
    }
}
