import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createUnit`, `updateUnit`, `deleteUnit` (behind UNITS_MANAGE). Input is validated first;
/// then one transaction checks the building (live, of the organization), floor (of that
/// building) and unit type (of the organization), and writes. A taken label is the unique
/// key's duplicate error (BAD_USER_INPUT `label` ALREADY_EXISTS); OCCUPIED cannot be set
/// (it is derived from leases); a unit a lease references cannot be deleted (IN_USE).
enum UnitMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createUnit": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateUnit": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.deleteUnit": .async { _, arguments, context, _ in try await delete(arguments, try APIContext.from(context)) },
    ]

    static let labelTaken = PortfolioArguments.taken("label", "A unit with this label already exists in the building")
    static let maximumArea = ExactDecimal("100000000")!
    static let maximumListItems = 50

    /// The validated changes of a unit input: a key is present when the client sent the field.
    struct Changes: Sendable {
        var label: String?
        var area: ExactDecimal??
        var capacity: Int??
        var baseRentMinor: Int64??
        var depositMinor: Int64??
        var status: String?
        var amenities: [String]?
        var utilities: [String]?
        var description: String??
    }

    static func changes(_ input: InputObject, creating: Bool, currency: CurrencyCode, into errors: inout [FieldError]) -> Changes {
        var c = Changes()
        if creating || input.has("label") {
            let label = InputValidation.text(input.string("label") ?? "", field: "label", label: "Label", maximum: BulkUnitLabels.maximumLabelLength, into: &errors)
            c.label = label
        }
        if input.has("area") {
            c.area = .some(area(input.string("area"), into: &errors))
        }
        if input.has("capacity") {
            let capacity = input.int("capacity")
            if let capacity, !(1...1000).contains(capacity) {
                errors.append(FieldError(field: "capacity", code: ErrorCode.outOfRange, message: "Capacity must be between 1 and 1000"))
            }
            c.capacity = .some(capacity)
        }
        if input.has("baseRent") {
            c.baseRentMinor = .some(InputValidation.money(input.string("baseRent"), currency: currency, field: "baseRent", positive: false, into: &errors)?.minorUnits)
        }
        if input.has("deposit") {
            c.depositMinor = .some(InputValidation.money(input.string("deposit"), currency: currency, field: "deposit", positive: false, into: &errors)?.minorUnits)
        }
        if input.has("status") {
            switch input.string("status") {
            case nil:
                errors.append(FieldError(field: "status", code: ErrorCode.required, message: "Status cannot be cleared"))
            case "OCCUPIED"?:
                errors.append(FieldError(field: "status", code: ErrorCode.derivedValue,
                                         message: "OCCUPIED is derived from an active lease and cannot be set"))
            case let status?:
                c.status = status
            }
        }
        if input.has("amenities") { c.amenities = list(input, "amenities", into: &errors) }
        if input.has("utilities") { c.utilities = list(input, "utilities", into: &errors) }
        if input.has("description") {
            c.description = .some(InputValidation.optionalText(input.string("description"), field: "description", label: "Description", maximum: 2000, into: &errors))
        }
        return c
    }

    /// A positive decimal with at most 2 decimals below 100,000,000 (DECIMAL(10,2)); nil clears.
    static func area(_ raw: String?, into errors: inout [FieldError]) -> ExactDecimal? {
        guard let raw else { return nil }
        guard let value = ExactDecimal(raw.trimmingCharacters(in: .whitespaces)) else {
            errors.append(FieldError(field: "area", code: ErrorCode.invalidFormat, message: "Area must be a decimal number such as 42.5"))
            return nil
        }
        if value.scale > 2 {
            errors.append(FieldError(field: "area", code: ErrorCode.tooManyDecimals, message: "Area has at most 2 decimals"))
        } else if value.isNegative || value.significandDigits.allSatisfy({ $0 == "0" }) || !(value < maximumArea) {
            errors.append(FieldError(field: "area", code: ErrorCode.outOfRange, message: "Area must be greater than 0 and less than 100000000"))
        }
        return value
    }

    /// A string list: each item trimmed, 1–100 characters, at most 50 items (field `name.i`).
    static func list(_ input: InputObject, _ name: String, into errors: inout [FieldError]) -> [String] {
        let items = (input.strings(name) ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if items.count > maximumListItems {
            errors.append(FieldError(field: name, code: ErrorCode.outOfRange, message: "At most \(maximumListItems) items"))
        }
        for (index, item) in items.enumerated() where item.isEmpty || item.count > 100 {
            errors.append(FieldError(field: "\(name).\(index)", code: item.isEmpty ? ErrorCode.required : ErrorCode.tooLong,
                                     message: "Each item has 1–100 characters"))
        }
        return items
    }

    /// Reads an optional id field: absent → `.absent`, null → `.cleared`, text → a UUID or NOT_FOUND.
    static func idField(_ input: InputObject, _ key: String, notFound: String) throws -> UUID?? {
        guard input.has(key) else { return nil }
        guard let text = input.string(key) else { return .some(nil) }
        guard let id = UUID(uuidString: text) else { throw APIErrors.notFound(notFound) }
        return .some(id)
    }

    static func apply(_ c: Changes, to v: inout UnitRepository.Values) {
        if let label = c.label { v.label = label }
        if let area = c.area { v.area = area }
        if let capacity = c.capacity { v.capacity = capacity }
        if let rent = c.baseRentMinor { v.baseRentMinor = rent }
        if let deposit = c.depositMinor { v.depositMinor = deposit }
        if let status = c.status { v.status = status }
        if let amenities = c.amenities { v.amenities = amenities }
        if let utilities = c.utilities { v.utilities = utilities }
        if let description = c.description { v.description = description }
    }

    /// The building must be live and of the organization; the floor of that building; the
    /// unit type of the organization.
    static func checkPlace(_ v: UnitRepository.Values, orgID: UUID, on connection: MariaDBConnection) async throws {
        guard try await UnitRepository.liveBuildingExists(v.buildingID, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Building not found.")
        }
        if let floor = v.floorID {
            guard let building = try await UnitRepository.floorBuilding(floor, orgID: orgID, on: connection) else {
                throw APIErrors.notFound("Floor not found.")
            }
            if UUID(uuidString: building) != v.buildingID {
                throw APIErrors.badUserInput([FieldError(field: "floorId", code: ErrorCode.mismatch, message: "The floor is not in the unit's building")])
            }
        }
        if let type = v.unitTypeID, !(try await UnitRepository.unitTypeExists(type, orgID: orgID, on: connection)) {
            throw APIErrors.notFound("Unit type not found.")
        }
    }

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> UnitRecord {
        let scope = try api.recordScope(.unitsManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let c = changes(input, creating: true, currency: try api.organizationCurrency(), into: &errors)
        if input.string("buildingId") == nil {
            errors.append(FieldError(field: "buildingId", code: ErrorCode.required, message: "Building is required"))
        }
        try InputValidation.finish(errors)
        guard let buildingID = input.string("buildingId").flatMap(UUID.init(uuidString:)) else { throw APIErrors.notFound("Building not found.") }
        var values = UnitRepository.Values(
            buildingID: buildingID, floorID: try idField(input, "floorId", notFound: "Floor not found.") ?? nil,
            unitTypeID: try idField(input, "unitTypeId", notFound: "Unit type not found.") ?? nil,
            label: "", area: nil, capacity: nil, baseRentMinor: nil, depositMinor: nil, status: "AVAILABLE",
            amenities: [], utilities: [], description: nil)
        apply(c, to: &values)
        let id = UUID()
        let final = values
        return try await PortfolioArguments.mappingDuplicate(labelTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                try await checkPlace(final, orgID: scope.orgID, on: connection)
                try await UnitRepository.insert(id: id, orgID: scope.orgID, final, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> UnitRecord {
        let scope = try api.recordScope(.unitsManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let c = changes(input, creating: false, currency: try api.organizationCurrency(), into: &errors)
        if input.has("buildingId"), input.string("buildingId") == nil {
            errors.append(FieldError(field: "buildingId", code: ErrorCode.required, message: "Building cannot be cleared"))
        }
        try InputValidation.finish(errors)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Unit not found.") }
        let newBuilding = try idField(input, "buildingId", notFound: "Building not found.")
        let newFloor = try idField(input, "floorId", notFound: "Floor not found.")
        let newType = try idField(input, "unitTypeId", notFound: "Unit type not found.")
        return try await PortfolioArguments.mappingDuplicate(labelTaken) {
            try await api.requirePool().retryingDeadlocks { connection in
                guard let current = try await UnitRepository.lock(id, orgID: scope.orgID, on: connection) else {
                    throw APIErrors.notFound("Unit not found.")
                }
                var values = UnitRepository.Values(
                    buildingID: UUID(uuidString: current.buildingID)!, floorID: current.floorID.flatMap(UUID.init(uuidString:)),
                    unitTypeID: current.unitTypeID.flatMap(UUID.init(uuidString:)), label: current.label, area: current.areaSqM,
                    capacity: current.capacity, baseRentMinor: current.baseRentMinor, depositMinor: current.depositMinor,
                    status: current.status, amenities: current.amenities, utilities: current.utilities, description: current.description)
                if let building = newBuilding ?? nil { values.buildingID = building }
                if let floor = newFloor { values.floorID = floor }
                if let type = newType { values.unitTypeID = type }
                apply(c, to: &values)
                try await checkPlace(values, orgID: scope.orgID, on: connection)
                try await UnitRepository.update(id: id, values, now: Date(), on: connection)
                return try await reread(id, scope.orgID, connection)
            }
        }
    }

    static func delete(_ arguments: ObjectValue, _ api: APIContext) async throws -> String {
        let scope = try api.recordScope(.unitsManage)
        guard let id = PortfolioArguments.id(arguments) else { throw APIErrors.notFound("Unit not found.") }
        return try await api.requirePool().retryingDeadlocks { connection in
            guard let current = try await UnitRepository.lock(id, orgID: scope.orgID, on: connection) else {
                throw APIErrors.notFound("Unit not found.")
            }
            let leases = try await UnitRepository.leaseCount(id, on: connection)
            if leases > 0 {
                throw PortfolioArguments.inUse("id", "The unit is referenced by \(leases) lease(s) and cannot be deleted")
            }
            try await UnitRepository.delete(id: id, on: connection)
            return current.id
        }
    }

    static func reread(_ id: UUID, _ orgID: UUID, _ connection: MariaDBConnection) async throws -> UnitRecord {
        guard let record = try await UnitRepository.lock(id, orgID: orgID, on: connection) else {
            throw APIErrors.notFound("Unit not found.")
        }
        return record
    }
}
