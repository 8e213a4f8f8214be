import Foundation
import MariaDB
import PortfolioDomain

/// A row of `family_members`: a household member of one tenant (not a lease party).
public struct FamilyMemberRecord: Record, Hashable {
    public static let table = "family_members"
    public static let columns = ["id", "org_id", "tenant_id", "full_name", "relationship", "phone", "date_of_birth", "created_at"]

    /// A tenant user sees the family members of their own tenant.
    public static func tenantOwnership(_ alias: String) -> String? {
        LeasingOwnership.ownTenant("\(alias).tenant_id")
    }

    public var id: String
    public var orgID: String
    public var tenantID: String
    public var fullName: String
    /// nil when the relationship was not recorded.
    public var relationship: String?
    /// nil when no phone number was recorded.
    public var phone: String?
    /// nil when the date of birth was not recorded.
    public var dateOfBirth: LocalDate?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        tenantID = try row.decode("tenant_id")
        fullName = try row.decode("full_name")
        relationship = try row.decode("relationship")
        phone = try row.decode("phone")
        dateOfBirth = try row.decode("date_of_birth")
        createdAt = try row.decode("created_at")
    }
}
