import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createFloor`, `updateFloor`, `deleteFloor` (behind FLOORS_MANAGE). A name taken in the
/// building is the unique key's duplicate error (BAD_USER_INPUT `name` ALREADY_EXISTS); a
/// floor with units cannot be deleted (BAD_USER_INPUT `id` IN_USE).
enum FloorMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createFloor": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateFloor": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteFloor": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
    ]

    static let nameTaken = PortfolioArguments.taken("name", "A floor with this name already exists in the building")

    static func level(_ input: InputObject, required: Bool, into errors: inout [FieldError]) -> Int? {
        guard required || input.has("level") else { return nil }
        guard let level = input.int("level") else {
            errors.append(FieldError(field: "level", code: ErrorCode.required, message: "Level is required"))
            return nil
        }
        if !(-100...500).contains(level) {
            errors.append(FieldError(field: "level", code: ErrorCode.outOfRange, message: "Level must be between -100 and 500"))
        }
        return level
    }

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> FloorRecord {
        let scope = try api.recordScope(.floorsManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", maximum: 100, into: &errors)
        let level = level(input, required: true, into: &errors)
        if input.string("buildingId") == nil {
            errors.append(FieldError(field: "buildingId", code: ErrorCode.required, message: "Building is required"))
        }
        try InputValidation.finish(errors)
        guard let buildingID = input.string("buildingId").flatMap(UUID.init(uuidString:)), let level else {
            throw APIErrors.notFound("Building not found.")
        }
        let id = UUID()
        return try await PortfolioArguments.mappingDuplicate(nameTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                guard try await UnitRepository.liveBuildingExists(buildingID, orgID: scope.orgID, on: connection) else {
                    throw APIErrors.notFound("Building not found.")
                }
                try await FloorRepository.insert(id: id, orgID: scope.orgID, buildingID: buildingID, name: name, level: level, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> FloorRecord {
        let scope = try api.recordScope(.floorsManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        var name: String?
        if input.has("name") {
            name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", maximum: 100, into: &errors)
        }
        let level = level(input, required: false, into: &errors)
        if input.has("buildingId") {
            errors.append(FieldError(field: "buildingId", code: ErrorCode.invalidFormat, message: "A floor cannot move to another building"))
        }
        try InputValidation.finish(errors)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Floor not found.") }
        return try await PortfolioArguments.mappingDuplicate(nameTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                guard let current = try await FloorRepository.lock(id, orgID: scope.orgID, on: connection) else {
                    throw APIErrors.notFound("Floor not found.")
                }
                try await FloorRepository.update(id: id, name: name ?? current.name, level: level ?? current.level, on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.floorsManage)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Floor not found.") }
        return try await api.requirePool().retryingDeadlocks { connection in
            guard let current = try await FloorRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Floor not found.")
            }
            let units = try await FloorRepository.unitCount(id, on: connection)
            if units > 0 {
                throw PortfolioArguments.inUse("id", "The floor still has \(units) unit(s); move or delete them first")
            }
            try await FloorRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    static func reread(_ id: UUID, _ orgID: UUID, _ connection: MariaDBConnection) async throws -> FloorRecord {
        guard let record = try await FloorRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Floor not found.")
        }
        return record
    }
}
