import Foundation
import MariaDB

/// A row of `tenants`: a person who rents (or guarantees, or lives in) units. `userID` links
/// the tenant to a TENANT user for self-service; nil means no login is linked.
public struct TenantRecord: Record, Hashable {
    public static let table = "tenants"
    public static let columns = [
        "id", "org_id", "user_id", "full_name", "email", "phone", "status", "identity_type",
        "identity_number", "notes", "created_at", "updated_at",
    ]

    /// A tenant user sees the tenant row linked to them, nothing else.
    public static func tenantOwnership(_ alias: String) -> String? {
        "\(alias).user_id = ?"
    }

    public var id: String
    public var orgID: String
    /// nil when no TENANT user is linked.
    public var userID: String?
    public var fullName: String
    /// nil when no e-mail address was recorded.
    public var email: String?
    /// nil when no phone number was recorded.
    public var phone: String?
    /// ACTIVE, INACTIVE or FORMER.
    public var status: String
    /// The kind of identity document (passport, national id, …); nil when none recorded.
    public var identityType: String?
    /// The identity document's number; nil when none recorded.
    public var identityNumber: String?
    /// nil when no notes were recorded.
    public var notes: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        userID = try row.decode("user_id")
        fullName = try row.decode("full_name")
        email = try row.decode("email")
        phone = try row.decode("phone")
        status = try row.decode("status")
        identityType = try row.decode("identity_type")
        identityNumber = try row.decode("identity_number")
        notes = try row.decode("notes")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
