import Foundation
import MariaDB
import PortfolioDomain

/// A row of `expenses`: money spent on a building (optionally one of its units). Amounts
/// are minor units of the organization's currency; tenants never see expenses (no
/// `tenantOwnership` rule).
public struct ExpenseRecord: Record, Hashable {
    public static let table = "expenses"
    public static let columns = [
        "id", "org_id", "building_id", "unit_id", "category", "vendor", "amount_minor", "spent_on",
        "description", "created_at", "updated_at",
    ]

    public var id: String
    public var orgID: String
    public var buildingID: String
    /// nil when the expense is for the building as a whole.
    public var unitID: String?
    public var category: String
    /// nil when no vendor was recorded.
    public var vendor: String?
    public var amountMinor: Int64
    public var spentOn: LocalDate
    /// nil when no description was recorded.
    public var description: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        buildingID = try row.decode("building_id")
        unitID = try row.decode("unit_id")
        category = try row.decode("category")
        vendor = try row.decode("vendor")
        amountMinor = try row.decode("amount_minor")
        spentOn = try row.decode("spent_on")
        description = try row.decode("description")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
