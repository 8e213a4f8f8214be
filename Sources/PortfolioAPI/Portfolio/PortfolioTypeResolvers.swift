import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The fields of `Building`, `BillingDefaults`, `Floor`, `UnitType` and `Unit`. Related
/// rows (a building's floors and units, a unit's building, floor and type, occupancy) load
/// through the request's DataLoaders: one query per nesting level, not per row.
enum PortfolioTypeResolvers {
    static var table: [String: FieldResolver] {
        var table = building
        for part in [floor, unitType, unit, Connection.resolvers("Building"), Connection.resolvers("Floor"),
                     Connection.resolvers("UnitType"), Connection.resolvers("Unit")] {
            table.merge(part) { a, _ in a }
        }
        return table
    }

    static func units(ofBuilding id: String, _ context: any Sendable) async throws -> [UnitRecord] {
        let api = try APIContext.from(context)
        return try await api.children(UnitRecord.self, by: "building_id", of: id, scope: try api.recordScope(.unitsRead), orderBy: "label")
    }

    static let building: [String: FieldResolver] = [
        "Building.id": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).id },
        "Building.code": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).code },
        "Building.name": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).name },
        "Building.kind": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).kind },
        "Building.address": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).address },
        "Building.city": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).city },
        "Building.note": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).note },
        "Building.billingDefaults": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self) },
        "BillingDefaults.cycle": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).billingCycle },
        "BillingDefaults.dueDay": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).billingDueDay },
        "BillingDefaults.cutoffDay": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).billingCutoffDay },
        "Building.deletedAt": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).deletedAt },
        "Building.createdAt": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).createdAt },
        "Building.updatedAt": .sync { s, _, _, _ in try cast(s, as: BuildingRecord.self).updatedAt },
        "Building.floors": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            let floors = try await api.children(
                FloorRecord.self, by: "building_id", of: try cast(s, as: BuildingRecord.self).id, scope: try api.recordScope(.floorsRead), orderBy: "level")
            return floors
        },
        "Building.units": .async { s, a, context, _ in
            try await PortfolioQueries.units(of: try cast(s, as: BuildingRecord.self).id, parent: "un.building_id", a, try APIContext.from(context))
        },
        "Building.unitCount": .async { s, _, context, _ in try await units(ofBuilding: try cast(s, as: BuildingRecord.self).id, context).count },
        "Building.occupiedUnitCount": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            var count = 0
            for unit in try await units(ofBuilding: try cast(s, as: BuildingRecord.self).id, context) where try await api.isOccupied(unitID: unit.id) {
                count += 1
            }
            return count
        },
    ]

    static let floor: [String: FieldResolver] = [
        "Floor.id": .sync { s, _, _, _ in try cast(s, as: FloorRecord.self).id },
        "Floor.name": .sync { s, _, _, _ in try cast(s, as: FloorRecord.self).name },
        "Floor.level": .sync { s, _, _, _ in try cast(s, as: FloorRecord.self).level },
        "Floor.createdAt": .sync { s, _, _, _ in try cast(s, as: FloorRecord.self).createdAt },
        "Floor.building": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            guard let building = try await api.record(
                BuildingRecord.self, id: try cast(s, as: FloorRecord.self).buildingID, scope: try api.recordScope(.buildingsRead))
            else { throw APIErrors.notFound("Building not found.") }
            return building
        },
        "Floor.units": .async { s, a, context, _ in
            try await PortfolioQueries.units(of: try cast(s, as: FloorRecord.self).id, parent: "un.floor_id", a, try APIContext.from(context))
        },
    ]

    static let unitType: [String: FieldResolver] = [
        "UnitType.id": .sync { s, _, _, _ in try cast(s, as: UnitTypeRecord.self).id },
        "UnitType.name": .sync { s, _, _, _ in try cast(s, as: UnitTypeRecord.self).name },
        "UnitType.description": .sync { s, _, _, _ in try cast(s, as: UnitTypeRecord.self).description },
        "UnitType.createdAt": .sync { s, _, _, _ in try cast(s, as: UnitTypeRecord.self).createdAt },
    ]

    static func money(_ minor: Int64?, _ context: any Sendable) throws -> Money? {
        guard let minor else { return nil }
        return Money(minorUnits: minor, currency: try APIContext.from(context).organizationCurrency())
    }

    static let unit: [String: FieldResolver] = [
        "Unit.id": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).id },
        "Unit.label": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).label },
        "Unit.area": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).areaSqM?.description },
        "Unit.capacity": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).capacity },
        "Unit.baseRent": .sync { s, _, context, _ in try money(try cast(s, as: UnitRecord.self).baseRentMinor, context) },
        "Unit.deposit": .sync { s, _, context, _ in try money(try cast(s, as: UnitRecord.self).depositMinor, context) },
        "Unit.manualStatus": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).status },
        "Unit.status": .async { s, _, context, _ in
            let unit = try cast(s, as: UnitRecord.self)
            return try await APIContext.from(context).isOccupied(unitID: unit.id) ? "OCCUPIED" : unit.status
        },
        "Unit.isOccupied": .async { s, _, context, _ in
            try await APIContext.from(context).isOccupied(unitID: try cast(s, as: UnitRecord.self).id)
        },
        "Unit.amenities": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).amenities },
        "Unit.utilities": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).utilities },
        "Unit.description": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).description },
        "Unit.createdAt": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).createdAt },
        "Unit.updatedAt": .sync { s, _, _, _ in try cast(s, as: UnitRecord.self).updatedAt },
        "Unit.building": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            guard let building = try await api.record(
                BuildingRecord.self, id: try cast(s, as: UnitRecord.self).buildingID, scope: try api.recordScope(.buildingsRead))
            else { throw APIErrors.notFound("Building not found.") }
            return building
        },
        "Unit.floor": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            guard let id = try cast(s, as: UnitRecord.self).floorID else { return nil }
            return try await api.record(FloorRecord.self, id: id, scope: try api.recordScope(.floorsRead))
        },
        "Unit.unitType": .async { s, _, context, _ in
            let api = try APIContext.from(context)
            guard let id = try cast(s, as: UnitRecord.self).unitTypeID else { return nil }
            return try await api.record(UnitTypeRecord.self, id: id, scope: try api.recordScope(.unitTypesRead))
        },
    ]
}
