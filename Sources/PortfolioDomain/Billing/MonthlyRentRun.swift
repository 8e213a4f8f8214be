/// Planning "generate this month's rent" for one lease or for every lease of an organization.
///
/// A lease is billed for a month when it is not cancelled and covers at least one day of the
/// month (ACTIVE and ENDED leases alike: an ended lease still owes its last partial month).
/// Leases that already have a rent charge for the month are skipped, which makes repeating the
/// run harmless; under concurrency the database's unique key on (lease, month) is what
/// guarantees a single charge, this only avoids needless inserts.
public enum MonthlyRentRun {
    /// What billing needs to know about a lease.
    public struct LeaseBillingRecord: Hashable, Sendable {
        public var leaseId: EntityID
        public var status: LeaseStatus
        public var startDate: LocalDate
        public var endDate: LocalDate?
        public var rent: Money
        public var dueDay: Int

        public init(leaseId: EntityID, status: LeaseStatus, startDate: LocalDate, endDate: LocalDate?, rent: Money, dueDay: Int) {
            self.leaseId = leaseId
            self.status = status
            self.startDate = startDate
            self.endDate = endDate
            self.rent = rent
            self.dueDay = dueDay
        }
    }

    /// One charge to create.
    public struct PlannedCharge: Hashable, Sendable {
        public let leaseId: EntityID
        public let charge: MonthlyRentCharge
    }

    /// The charges to create for `month`, ordered by lease id. `alreadyCharged` holds the ids
    /// of leases that have a rent charge for the month. Throws on a lease with invalid terms,
    /// naming it in the message.
    public static func plan(month: BillingMonth, leases: [LeaseBillingRecord],
                            alreadyCharged: Set<EntityID>) throws(DomainError) -> [PlannedCharge] {
        var result: [PlannedCharge] = []
        for lease in leases.sorted(by: { $0.leaseId < $1.leaseId })
        where lease.status.occupiesUnit && !alreadyCharged.contains(lease.leaseId) {
            do {
                if let c = try MonthlyRentCharge.compute(rent: lease.rent, start: lease.startDate, end: lease.endDate,
                                                         dueDay: lease.dueDay, month: month) {
                    result.append(PlannedCharge(leaseId: lease.leaseId, charge: c))
                }
            } catch {
                var e = error
                e.message = "Lease \(lease.leaseId): \(e.message)"
                throw e
            }
        }
        return result
    }
}
