import Foundation

/// Where a lease-owned row (a charge, a payment) is: its lease, the lease's unit, the unit's
/// building. The billing lists filter by any of the three the same way.
public struct LeasePlaceFilter: Sendable, Hashable {
    public var leaseID: UUID?
    public var unitID: UUID?
    public var buildingID: UUID?

    public init(leaseID: UUID? = nil, unitID: UUID? = nil, buildingID: UUID? = nil) {
        self.leaseID = leaseID
        self.unitID = unitID
        self.buildingID = buildingID
    }

    /// Adds the given conditions on the row whose lease id is `leaseColumn` (e.g. `c.lease_id`).
    func add(to conditions: inout SQLConditions, leaseColumn: String) {
        if let lease = leaseID { conditions.add("\(leaseColumn) = ?", lease) }
        if let unit = unitID {
            conditions.add("EXISTS (SELECT 1 FROM leases fl WHERE fl.id = \(leaseColumn) AND fl.unit_id = ?)", unit)
        }
        if let building = buildingID {
            conditions.add(
                "EXISTS (SELECT 1 FROM leases fl JOIN units fu ON fu.id = fl.unit_id WHERE fl.id = \(leaseColumn) AND fu.building_id = ?)",
                building)
        }
    }
}
