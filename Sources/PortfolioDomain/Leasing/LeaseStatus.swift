/// Life-cycle state of a lease. Raw values are the GraphQL enum values.
public enum LeaseStatus: String, CaseIterable, Sendable, Hashable {
    /// Signed, may start in the future; occupies its dates.
    case active = "ACTIVE"
    /// Ended (end date set by "end lease"); still occupied its dates historically.
    case ended = "ENDED"
    /// Cancelled before taking effect or entered by mistake; occupies nothing and is ignored
    /// by overlap checks, occupancy and billing.
    case cancelled = "CANCELLED"

    /// Whether the lease holds its unit for its date range.
    public var occupiesUnit: Bool { self != .cancelled }
}
