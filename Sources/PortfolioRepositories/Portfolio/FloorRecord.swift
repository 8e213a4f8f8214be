import Foundation
import MariaDB

/// A row of `floors`: a named level of one building (name unique per building).
public struct FloorRecord: Record, Hashable {
    public static let table = "floors"
    public static let columns = ["id", "org_id", "building_id", "name", "level", "created_at"]

    /// A tenant sees the floors of the units they lease.
    public static func tenantOwnership(_ alias: String) -> String? {
        PortfolioOwnership.leasedUnit(where: "u.floor_id = \(alias).id")
    }

    public var id: String
    public var orgID: String
    public var buildingID: String
    public var name: String
    /// The storey number (0 ground, negative below ground); orders floors in a building.
    public var level: Int
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        buildingID = try row.decode("building_id")
        name = try row.decode("name")
        level = try row.decode("level")
        createdAt = try row.decode("created_at")
    }
}
