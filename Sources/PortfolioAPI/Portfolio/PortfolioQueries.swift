import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The portfolio's root queries: one record by id (NOT_FOUND outside the scope) and the
/// four lists as keyset-paged connections with filters and ordering.
enum PortfolioQueries {
    static let table: [String: FieldResolver] = [
        "Query.building": .async { _, arguments, context, _ in
            try await one(BuildingRecord.self, arguments, context, .buildingsRead, "Building not found.")
        },
        "Query.floor": .async { _, arguments, context, _ in
            try await one(FloorRecord.self, arguments, context, .floorsRead, "Floor not found.")
        },
        "Query.unitType": .async { _, arguments, context, _ in
            try await one(UnitTypeRecord.self, arguments, context, .unitTypesRead, "Unit type not found.")
        },
        "Query.unit": .async { _, arguments, context, _ in
            try await one(UnitRecord.self, arguments, context, .unitsRead, "Unit not found.")
        },
        "Query.buildings": .async { _, arguments, context, _ in try await buildings(arguments, try APIContext.from(context)) },
        "Query.floors": .async { _, arguments, context, _ in try await floors(arguments, try APIContext.from(context)) },
        "Query.unitTypes": .async { _, arguments, context, _ in try await unitTypes(arguments, try APIContext.from(context)) },
        "Query.units": .async { _, arguments, context, _ in try await units(arguments, try APIContext.from(context)) },
    ]

    static func one<R: Record>(_ type: R.Type, _ arguments: ObjectValue, _ context: any Sendable, _ permission: Permission, _ message: String) async throws -> R {
        let api = try APIContext.from(context)
        let scope = try api.recordScope(permission)
        guard let id = PortfolioArguments.id(arguments), let record = try await api.record(R.self, id: id.uuidString.lowercased(), scope: scope) else {
            throw APIErrors.notFound(message)
        }
        return record
    }

    static func connection<Row: RowDecodable>(_ list: ListQuery<Row>, _ paging: PageRequest, _ api: APIContext) async throws -> Connection {
        try await api.connection(list, page: paging)
    }

    static func buildings(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.buildingsRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let input = InputObject(arguments, "filter")
        var filter = BuildingRepository.Filter(
            name: input.string("name"), code: input.string("code"), search: input.string("search"), kind: input.string("kind"))
        if case .bool(true)? = input.fields["includeDeleted"] { filter.includeDeleted = true }
        let (field, ascending) = PortfolioArguments.order(arguments, default: .name)
        return try await connection(BuildingRepository.list(scope: scope, filter: filter, order: field, ascending: ascending), paging, api)
    }

    static func floors(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.floorsRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let (field, ascending) = PortfolioArguments.order(arguments, default: .level)
        var list = FloorRepository.list(scope: scope, buildingID: PortfolioArguments.id(arguments, "buildingId"), order: field, ascending: ascending)
        // A malformed building id matches nothing, like another organization's.
        if arguments["buildingId"] != nil, arguments["buildingId"] != .null, PortfolioArguments.id(arguments, "buildingId") == nil {
            list.conditions.add("FALSE")
        }
        return try await connection(list, paging, api)
    }

    static func unitTypes(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.unitTypesRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let (field, ascending) = PortfolioArguments.order(arguments, default: .name)
        var search: String?
        if case .string(let text)? = arguments["search"] { search = text }
        return try await connection(UnitTypeRepository.list(scope: scope, search: search, order: field, ascending: ascending), paging, api)
    }

    static func units(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        return try await connection(try unitList(arguments, api), paging, api)
    }

    /// The units of one building or floor (`Building.units`, `Floor.units`): the same list as
    /// `Query.units` narrowed to the parent, read for every parent of the level at once.
    /// Units of a soft-deleted building are listed under it (the building was asked for).
    static func units(of parentID: String, parent: String, _ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        return try await api.childConnection(try unitList(arguments, api, nested: true), parent: parent, of: parentID, page: paging)
    }

    /// The units list `arguments` describe (`filter`, `orderBy`), in the viewer's scope.
    static func unitList(_ arguments: ObjectValue, _ api: APIContext, nested: Bool = false) throws -> ListQuery<UnitRecord> {
        let scope = try api.recordScope(.unitsRead)
        let input = InputObject(arguments, "filter")
        var filter = UnitRepository.Filter(label: input.string("label"), search: input.string("search"))
        var matchesNothing = false
        func id(_ key: String) -> UUID? {
            guard let text = input.string(key) else { return nil }
            guard let id = UUID(uuidString: text) else { matchesNothing = true; return nil }
            return id
        }
        filter.buildingID = id("buildingId")
        filter.floorID = id("floorId")
        filter.unitTypeID = id("unitTypeId")
        if case .bool(let occupied)? = input.fields["occupied"] { filter.occupied = occupied }
        if nested { filter.includeDeletedBuildings = true }
        if case .bool(true)? = input.fields["includeDeletedBuildings"] { filter.includeDeletedBuildings = true }
        if let status = input.string("status") {
            if status == "OCCUPIED" {
                if filter.occupied == false { matchesNothing = true }
                filter.occupied = true
            } else {
                filter.storedStatus = status
                if filter.occupied == true { matchesNothing = true }
                filter.occupied = false
            }
        }
        let (field, ascending) = PortfolioArguments.order(arguments, default: .label)
        var list = UnitRepository.list(scope: scope, filter: filter, today: try api.organizationToday(), order: field, ascending: ascending)
        if matchesNothing { list.conditions.add("FALSE") }
        return list
    }
}
