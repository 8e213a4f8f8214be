import Foundation
import MariaDB

/// A row of `unit_types`: an organization-wide kind of unit (studio, 2-bedroom, shop),
/// name unique per organization.
public struct UnitTypeRecord: Record, Hashable {
    public static let table = "unit_types"
    public static let columns = ["id", "org_id", "name", "description", "created_at"]

    /// A tenant sees the unit types of the units they lease.
    public static func tenantOwnership(_ alias: String) -> String? {
        PortfolioOwnership.leasedUnit(where: "u.unit_type_id = \(alias).id")
    }

    public var id: String
    public var orgID: String
    public var name: String
    /// nil when no description was recorded.
    public var description: String?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        name = try row.decode("name")
        description = try row.decode("description")
        createdAt = try row.decode("created_at")
    }
}
