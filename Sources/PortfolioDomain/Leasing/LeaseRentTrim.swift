/// What a lease's earlier end does to the rent already generated for it.
///
/// Rent is generated a month at a time, possibly ahead; when a lease is ended (`endLease`) or
/// its end date is moved earlier (`updateLease`), rent billed for days after the new end is
/// no longer owed:
/// - a standing rent charge whose month begins after the end date is voided;
/// - the standing rent charge of the month containing the end date is voided and replaced by
///   the prorated charge of `MonthlyRentCharge` (the rule rent generation uses, at the lease's
///   current rent, due day and start) when — and only when — it is larger than that amount
///   (a charge already at or below the prorated amount is left alone: never bill more);
/// - earlier months are untouched.
/// Voided charges are never deleted (the caller records the reason given here).
public struct LeaseRentTrim: Hashable, Sendable {
    /// A standing (not voided) rent charge of the lease.
    public struct RentCharge: Hashable, Sendable {
        public var id: EntityID
        public var month: BillingMonth
        public var amount: Money

        public init(id: EntityID, month: BillingMonth, amount: Money) {
            self.id = id
            self.month = month
            self.amount = amount
        }
    }

    /// A charge to void, with the reason to record.
    public struct VoidedCharge: Hashable, Sendable {
        public let id: EntityID
        public let month: BillingMonth
        public let reason: String
    }

    /// The new last day of occupancy.
    public let endDate: LocalDate
    /// The charges to void, by month: every month after the end and, when replaced, the
    /// end month's charge.
    public let voided: [VoidedCharge]
    /// The prorated charge that replaces the end month's voided charge; nil when that month's
    /// charge stands as it is (or was never generated).
    public let replacement: MonthlyRentCharge?

    /// Plans the trim. `charges` are the lease's standing rent charges (any order); `rent`,
    /// `start` and `dueDay` are the lease's current terms. Throws on invalid terms (end before
    /// start, non-positive rent, bad due day) like `MonthlyRentCharge`.
    public init(rent: Money, start: LocalDate, dueDay: Int, end: LocalDate, charges: [RentCharge]) throws(DomainError) {
        let endMonth = try BillingMonth(year: end.year, month: end.month)
        var voided: [VoidedCharge] = []
        var replacement: MonthlyRentCharge?
        for charge in charges.sorted(by: { ($0.month, $0.id) < ($1.month, $1.id) }) {
            if charge.month > endMonth {
                voided.append(VoidedCharge(
                    id: charge.id, month: charge.month,
                    reason: "Lease ends on \(end): rent for \(charge.month) is not owed"))
            } else if charge.month == endMonth, replacement == nil,
                      let prorated = try MonthlyRentCharge.compute(rent: rent, start: start, end: end, dueDay: dueDay, month: endMonth),
                      charge.amount.minorUnits > prorated.amount.minorUnits {
                voided.append(VoidedCharge(
                    id: charge.id, month: charge.month,
                    reason: "Lease ends on \(end): replaced by the rent for \(prorated.occupiedDays)/\(prorated.daysInMonth) days of \(endMonth)"))
                replacement = prorated
            }
        }
        self.endDate = end
        self.voided = voided
        self.replacement = replacement
    }

    /// Whether there is nothing to change.
    public var isEmpty: Bool { voided.isEmpty && replacement == nil }

    /// The standing rent charges that bill time before `start`, for a start moved later
    /// (`updateLease`): charges of months before the start month, and the start month's
    /// charge when it is larger than that month's prorated rent under the new terms. Moving
    /// the start is refused while any exist (the user voids them first), so rent is never
    /// billed for days the lease does not cover.
    public static func billedBeforeStart(rent: Money, start: LocalDate, end: LocalDate?, dueDay: Int,
                                         charges: [RentCharge]) throws(DomainError) -> [RentCharge] {
        let startMonth = try BillingMonth(year: start.year, month: start.month)
        var result: [RentCharge] = []
        for charge in charges.sorted(by: { ($0.month, $0.id) < ($1.month, $1.id) }) {
            if charge.month < startMonth {
                result.append(charge)
            } else if charge.month == startMonth {
                let owed = try MonthlyRentCharge.compute(rent: rent, start: start, end: end, dueDay: dueDay, month: startMonth)
                if charge.amount.minorUnits > owed?.amount.minorUnits ?? 0 { result.append(charge) }
            }
        }
        return result
    }
}
