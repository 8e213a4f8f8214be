/// A unit's status as clients see it (seed 003 rooms: available, occupied, maintenance,
/// reserved). OCCUPIED is never stored: it is derived from leases, so it cannot disagree
/// with them. What is stored is the manual status, one of AVAILABLE, MAINTENANCE, RESERVED.
public enum UnitStatus: String, CaseIterable, Sendable, Hashable {
    case available = "AVAILABLE"
    case occupied = "OCCUPIED"
    case maintenance = "MAINTENANCE"
    case reserved = "RESERVED"

    /// The status to show: OCCUPIED whenever a lease covers the date, otherwise the stored one.
    public static func effective(stored: UnitStatus, isOccupied: Bool) -> UnitStatus {
        isOccupied ? .occupied : stored
    }

    /// Validates a status a user wants to store; OCCUPIED is refused (`DERIVED_VALUE` on
    /// `field`) because only a lease makes a unit occupied.
    public static func storable(_ status: UnitStatus, field: String = "status") throws(DomainError) -> UnitStatus {
        guard status != .occupied else {
            throw .invalid(field, ErrorCode.derivedValue, "A unit becomes OCCUPIED through a lease; it cannot be set directly")
        }
        return status
    }
}
