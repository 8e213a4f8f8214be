import Foundation
import MariaDB
import PortfolioDomain

/// A row of `occupancy_events`: the move-in/move-out log of a unit. MOVE_IN and MOVE_OUT are
/// written by lease creation and ending; MANUAL events are recorded by staff.
public struct OccupancyEventRecord: Record, Hashable {
    public static let table = "occupancy_events"
    public static let columns = ["id", "org_id", "unit_id", "lease_id", "kind", "occurred_on", "note", "created_at"]

    /// A tenant user sees the events of their own leases (not manual events without a lease).
    public static func tenantOwnership(_ alias: String) -> String? {
        LeasingOwnership.ownLease("\(alias).lease_id")
    }

    public var id: String
    public var orgID: String
    public var unitID: String
    /// nil for a manual event not tied to a lease.
    public var leaseID: String?
    /// MOVE_IN, MOVE_OUT or MANUAL.
    public var kind: String
    public var occurredOn: LocalDate
    /// nil when no note was recorded.
    public var note: String?
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        unitID = try row.decode("unit_id")
        leaseID = try row.decode("lease_id")
        kind = try row.decode("kind")
        occurredOn = try row.decode("occurred_on")
        note = try row.decode("note")
        createdAt = try row.decode("created_at")
    }
}
