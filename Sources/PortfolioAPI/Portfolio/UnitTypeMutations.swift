import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createUnitType`, `updateUnitType`, `deleteUnitType` (behind UNIT_TYPES_MANAGE). A taken
/// name is BAD_USER_INPUT `name` ALREADY_EXISTS; a type used by units cannot be deleted
/// (BAD_USER_INPUT `id` IN_USE).
enum UnitTypeMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createUnitType": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateUnitType": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteUnitType": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
    ]

    static let nameTaken = PortfolioArguments.taken("name", "A unit type with this name already exists")

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> UnitTypeRecord {
        let scope = try api.recordScope(.unitTypesManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", maximum: 100, into: &errors)
        let description = InputValidation.optionalText(input.string("description"), field: "description", label: "Description", maximum: 2000, into: &errors)
        try InputValidation.finish(errors)
        let id = UUID()
        return try await PortfolioArguments.mappingDuplicate(nameTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                try await UnitTypeRepository.insert(id: id, orgID: scope.orgID, name: name, description: description, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> UnitTypeRecord {
        let scope = try api.recordScope(.unitTypesManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        var name: String?
        if input.has("name") {
            name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", maximum: 100, into: &errors)
        }
        let description = InputValidation.optionalText(input.string("description"), field: "description", label: "Description", maximum: 2000, into: &errors)
        try InputValidation.finish(errors)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Unit type not found.") }
        return try await PortfolioArguments.mappingDuplicate(nameTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                guard let current = try await UnitTypeRepository.lock(id, orgID: scope.orgID, on: connection) else {
                    throw APIErrors.notFound("Unit type not found.")
                }
                try await UnitTypeRepository.update(
                    id: id, name: name ?? current.name, description: input.has("description") ? description : current.description, on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.unitTypesManage)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Unit type not found.") }
        return try await api.requirePool().retryingDeadlocks { connection in
            guard let current = try await UnitTypeRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Unit type not found.")
            }
            let units = try await UnitTypeRepository.unitCount(id, on: connection)
            if units > 0 {
                throw PortfolioArguments.inUse("id", "The unit type is used by \(units) unit(s); change them first")
            }
            try await UnitTypeRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    static func reread(_ id: UUID, _ orgID: UUID, _ connection: MariaDBConnection) async throws -> UnitTypeRecord {
        guard let record = try await UnitTypeRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Unit type not found.")
        }
        return record
    }
}
