import Foundation
import MariaDB

/// A row of `units` (a room or flat). `status` is only the manual state a manager sets
/// (AVAILABLE, MAINTENANCE, RESERVED); OCCUPIED is derived from an active lease covering
/// today and never stored here.
public struct UnitRecord: Record, Hashable {
    public static let table = "units"
    public static let columns = [
        "id", "org_id", "building_id", "floor_id", "unit_type_id", "label", "area_sq_m", "capacity",
        "base_rent_minor", "deposit_minor", "status", "amenities", "utilities", "description",
        "created_at", "updated_at",
    ]

    /// A tenant sees the units of leases they are a party of.
    public static func tenantOwnership(_ alias: String) -> String? {
        PortfolioOwnership.leasedUnit(where: "u.id = \(alias).id")
    }

    public var id: String
    public var orgID: String
    public var buildingID: String
    /// nil when the unit is not placed on a floor.
    public var floorID: String?
    /// nil when the unit has no type.
    public var unitTypeID: String?
    /// Unique within the building.
    public var label: String
    /// Square metres, exact (DECIMAL(10,2)); nil when unknown.
    public var areaSqM: ExactDecimal?
    /// How many people may live there; nil when unknown.
    public var capacity: Int?
    /// Minor units of the organization's currency; nil when no base rent is set.
    public var baseRentMinor: Int64?
    /// Minor units of the organization's currency; nil when no deposit is set.
    public var depositMinor: Int64?
    /// The stored manual state: AVAILABLE, MAINTENANCE or RESERVED.
    public var status: String
    /// Amenities (stored as a JSON array of strings); empty when none.
    public var amenities: [String]
    /// Utilities included (stored as a JSON array of strings); empty when none.
    public var utilities: [String]
    /// nil when no description was recorded.
    public var description: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        buildingID = try row.decode("building_id")
        floorID = try row.decode("floor_id")
        unitTypeID = try row.decode("unit_type_id")
        label = try row.decode("label")
        areaSqM = try row.decode("area_sq_m")
        capacity = try row.decode("capacity")
        baseRentMinor = try row.decode("base_rent_minor")
        depositMinor = try row.decode("deposit_minor")
        status = try row.decode("status")
        amenities = Self.stringList(try row.decode("amenities"))
        utilities = Self.stringList(try row.decode("utilities"))
        description = try row.decode("description")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }

    /// A JSON array of strings as stored; NULL or anything else reads as empty.
    static func stringList(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8),
              let list = try? JSONDecoder().decode([String].self, from: data) else { return [] }
        return list
    }

    /// `list` as the JSON text the column stores.
    public static func json(_ list: [String]) -> String {
        let data = (try? JSONEncoder().encode(list)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
