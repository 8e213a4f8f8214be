import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createExpense`, `updateExpense`, `deleteExpense` (behind EXPENSES_MANAGE). Every input
/// is validated first (one BAD_USER_INPUT listing each bad field), then one transaction
/// checks the building and unit in the organization (rows locked in share mode) and writes.
enum ExpenseMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createExpense": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateExpense": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteExpense": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
    ]

    static let maxCategory = 60
    static let maxVendor = 200
    static let maxDescription = 2000

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> ExpenseRecord {
        let scope = try api.recordScope(.expensesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let category = InputValidation.text(input.string("category") ?? "", field: "category", label: "Category", maximum: maxCategory, into: &errors)
        let vendor = InputValidation.optionalText(input.string("vendor"), field: "vendor", label: "Vendor", maximum: maxVendor, into: &errors)
        let description = InputValidation.optionalText(input.string("description"), field: "description", label: "Description", maximum: maxDescription, into: &errors)
        let amount = InputValidation.money(input.string("amount"), currency: currency, field: "amount", into: &errors)
        let spentOn = InputValidation.date(input.string("spentOn"), field: "spentOn", into: &errors)
        try InputValidation.finish(errors)
        guard let buildingID = input.string("buildingId").flatMap(UUID.init(uuidString:)) else {
            throw APIErrors.notFound("Building not found.")
        }
        var unitID: UUID?
        if let text = input.string("unitId") {
            guard let id = UUID(uuidString: text) else { throw APIErrors.notFound("Unit not found.") }
            unitID = id
        }
        guard let amount, let spentOn else { throw APIErrors.badUserInput([]) }
        let values = ExpenseRepository.Values(
            buildingID: buildingID, unitID: unitID, category: category, vendor: vendor,
            amountMinor: amount.minorUnits, spentOn: spentOn, description: description)
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await checkPlace(values, orgID: scope.orgID, on: connection)
            try await ExpenseRepository.insert(id: id, orgID: scope.orgID, values, now: Date(), on: connection)
            return try await reread(id, orgID: scope.orgID, on: connection)
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> ExpenseRecord {
        let scope = try api.recordScope(.expensesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        var category: String?
        if input.has("category") {
            category = InputValidation.text(input.string("category") ?? "", field: "category", label: "Category", maximum: maxCategory, into: &errors)
        }
        let vendor = InputValidation.optionalText(input.string("vendor"), field: "vendor", label: "Vendor", maximum: maxVendor, into: &errors)
        let description = InputValidation.optionalText(input.string("description"), field: "description", label: "Description", maximum: maxDescription, into: &errors)
        var amount: Money?
        if input.has("amount") {
            if let raw = input.string("amount") {
                amount = InputValidation.money(raw, currency: currency, field: "amount", into: &errors)
            } else {
                errors.append(FieldError(field: "amount", code: ErrorCode.required, message: "Amount cannot be cleared"))
            }
        }
        var spentOn: LocalDate?
        if input.has("spentOn") {
            if let raw = input.string("spentOn") {
                spentOn = InputValidation.date(raw, field: "spentOn", into: &errors)
            } else {
                errors.append(FieldError(field: "spentOn", code: ErrorCode.required, message: "Date cannot be cleared"))
            }
        }
        if input.has("buildingId"), input.string("buildingId") == nil {
            errors.append(FieldError(field: "buildingId", code: ErrorCode.required, message: "Building cannot be cleared"))
        }
        try InputValidation.finish(errors)
        guard case .string(let idText)? = arguments["id"], let id = UUID(uuidString: idText) else {
            throw APIErrors.notFound("Expense not found.")
        }
        var newBuilding: UUID?
        if let text = input.string("buildingId") {
            guard let building = UUID(uuidString: text) else { throw APIErrors.notFound("Building not found.") }
            newBuilding = building
        }
        var newUnit: UUID?
        if let text = input.string("unitId") {
            guard let unit = UUID(uuidString: text) else { throw APIErrors.notFound("Unit not found.") }
            newUnit = unit
        }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await ExpenseRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Expense not found.")
            }
            let currentUnit = current.unitID.flatMap(UUID.init(uuidString:))
            let values = ExpenseRepository.Values(
                buildingID: newBuilding ?? UUID(uuidString: current.buildingID)!,
                unitID: input.has("unitId") ? newUnit : currentUnit,
                category: category ?? current.category,
                vendor: input.has("vendor") ? vendor : current.vendor,
                amountMinor: amount?.minorUnits ?? current.amountMinor,
                spentOn: spentOn ?? current.spentOn,
                description: input.has("description") ? description : current.description)
            try await checkPlace(values, orgID: scope.orgID, on: connection)
            try await ExpenseRepository.update(id: id, values, now: Date(), on: connection)
            return try await reread(id, orgID: scope.orgID, on: connection)
        }
    }

    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.expensesManage)
        guard case .string(let idText)? = arguments["id"], let id = UUID(uuidString: idText) else {
            throw APIErrors.notFound("Expense not found.")
        }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let current = try await ExpenseRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Expense not found.")
            }
            try await ExpenseRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    /// The building must be in the organization (and not deleted); the unit, when given,
    /// in the organization and of that building (BAD_USER_INPUT `unitId` otherwise).
    static func checkPlace(_ values: ExpenseRepository.Values, orgID: UUID, on connection: MariaDBConnection) async throws {
        guard try await ExpenseRepository.buildingExists(values.buildingID, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Building not found.")
        }
        if let unit = values.unitID {
            guard let building = try await ExpenseRepository.unitBuilding(unit, orgID: orgID, on: connection) else {
                throw APIErrors.notFound("Unit not found.")
            }
            if UUID(uuidString: building) != values.buildingID {
                throw APIErrors.badUserInput([
                    FieldError(field: "unitId", code: ErrorCode.mismatch, message: "The unit is not in the expense's building")
                ])
            }
        }
    }

    static func reread(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> ExpenseRecord {
        guard let record = try await ExpenseRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Expense not found.")
        }
        return record
    }
}
