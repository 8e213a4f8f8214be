import Foundation
import MariaDB
import PortfolioDomain

/// A row of `leases`: one unit let from `startDate` (to `endDate`, inclusive, when set) for
/// a monthly rent due on `dueDay`. Money columns are minor units of the organization's
/// currency.
public struct LeaseRecord: Record, Hashable {
    public static let table = "leases"
    public static let columns = [
        "id", "org_id", "unit_id", "start_date", "end_date", "rent_minor", "deposit_minor", "due_day",
        "status", "end_reason", "ended_at", "created_at", "updated_at",
    ]

    /// A tenant user sees the leases their tenant is a party of.
    public static func tenantOwnership(_ alias: String) -> String? {
        LeasingOwnership.ownLease("\(alias).id")
    }

    public var id: String
    public var orgID: String
    public var unitID: String
    public var startDate: LocalDate
    /// The last day of the lease (inclusive); nil while open-ended.
    public var endDate: LocalDate?
    public var rentMinor: Int64
    public var depositMinor: Int64
    /// Day of the month (1–31) rent falls due; short months use their last day.
    public var dueDay: Int
    /// ACTIVE or ENDED.
    public var status: String
    /// Why the lease was ended; nil while active or when no reason was given.
    public var endReason: String?
    /// When the lease was ended; nil while active.
    public var endedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        unitID = try row.decode("unit_id")
        startDate = try row.decode("start_date")
        endDate = try row.decode("end_date")
        rentMinor = try row.decode("rent_minor")
        depositMinor = try row.decode("deposit_minor")
        dueDay = try row.decode("due_day")
        status = try row.decode("status")
        endReason = try row.decode("end_reason")
        endedAt = try row.decode("ended_at")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
