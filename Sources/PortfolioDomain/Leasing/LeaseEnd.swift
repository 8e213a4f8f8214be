/// Ending a lease (seed 000 `POST /leases/:id/end`): sets its last day of occupancy.
///
/// Rules: the lease must be ACTIVE (ending an ended or cancelled lease is an
/// `ILLEGAL_TRANSITION` conflict); the end date is on or after the start date; a lease that
/// already has an end date can be ended earlier or on that date, but not extended through
/// "end" (extensions are an edit, checked for overlaps); the reason, when given, is not blank.
/// Rent charges for months that start after the new end date are returned so the caller voids
/// them (they were generated in advance and are no longer owed); the last month's charge is
/// recomputed with `MonthlyRentCharge` by the caller if it had been generated in full.
public struct LeaseEnd: Hashable, Sendable {
    public let endDate: LocalDate
    /// Ids of rent charges whose billing month begins after `endDate`.
    public let rentChargesToVoid: [EntityID]

    public init(lease: LeaseOccupancyRecord, endDate: LocalDate, reason: String?,
                rentCharges: [(chargeId: EntityID, month: BillingMonth)]) throws(DomainError) {
        guard lease.status == .active else {
            throw .conflict(ErrorCode.illegalTransition, "Only an active lease can be ended; this one is \(lease.status.rawValue)", field: "leaseId")
        }
        if endDate < lease.startDate {
            throw .invalid("endDate", ErrorCode.datesOutOfOrder, "End date \(endDate) is before the lease start \(lease.startDate)")
        }
        if let current = lease.endDate, endDate > current {
            throw .invalid("endDate", ErrorCode.outOfRange, "End date \(endDate) is after the lease's end \(current); extend the lease instead")
        }
        if let reason, reason.allSatisfy(\.isWhitespace) {
            throw .invalid("reason", ErrorCode.required, "Reason must not be blank")
        }
        self.endDate = endDate
        self.rentChargesToVoid = rentCharges.filter { $0.month.firstDay > endDate }.map(\.chargeId).sorted()
    }
}
