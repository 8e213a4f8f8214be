import Foundation
import MariaDB
import PortfolioDomain

/// A row of `buildings` (a property). Soft-deleted buildings keep their row with
/// `deletedAt` set, so they can be restored and their history stays intact.
public struct BuildingRecord: Record, Hashable {
    public static let table = "buildings"
    public static let columns = [
        "id", "org_id", "code", "name", "kind", "address", "city", "note", "billing_cycle",
        "billing_due_day", "billing_cutoff_day", "deleted_at", "created_at", "updated_at",
    ]

    /// A tenant sees the buildings of the units they lease.
    public static func tenantOwnership(_ alias: String) -> String? {
        PortfolioOwnership.leasedUnit(where: "u.building_id = \(alias).id")
    }

    public var id: String
    public var orgID: String
    /// Unique within the organization.
    public var code: String
    public var name: String
    /// Free classification such as RESIDENTIAL or COMMERCIAL.
    public var kind: String
    /// nil when no address was recorded.
    public var address: String?
    /// nil when no city was recorded.
    public var city: String?
    /// nil when no note was recorded.
    public var note: String?
    /// MONTHLY, QUARTERLY or YEARLY.
    public var billingCycle: String
    /// Day of the month (1–31) rent falls due by default.
    public var billingDueDay: Int
    /// nil when the building has no billing cutoff day.
    public var billingCutoffDay: Int?
    /// nil while the building is live; set when it was soft-deleted.
    public var deletedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        code = try row.decode("code")
        name = try row.decode("name")
        kind = try row.decode("kind")
        address = try row.decode("address")
        city = try row.decode("city")
        note = try row.decode("note")
        billingCycle = try row.decode("billing_cycle")
        billingDueDay = try row.decode("billing_due_day")
        billingCutoffDay = try row.decode("billing_cutoff_day")
        deletedAt = try row.decode("deleted_at")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
