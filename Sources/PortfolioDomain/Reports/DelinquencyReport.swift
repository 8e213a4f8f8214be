/// Delinquency aging as of a date (seed 000 `GET /reports/delinquency?as_of=`): unpaid
/// charges due on or before the date, grouped by lease and aging bucket.
///
/// Definitions: days past due = asOf − dueOn; buckets 0–30, 31–60, 61–90, 90+ (see
/// `AgingBucket`); a lease's total = Σ of its bucket amounts = Σ of its delinquent charges'
/// balances; the report total = Σ of the lease totals. Charges not yet due are excluded.
public struct DelinquencyReport: Hashable, Sendable {
    /// One overdue charge with its age.
    public struct Item: Hashable, Sendable {
        public let chargeId: EntityID
        public let kind: ChargeKind
        public let dueOn: LocalDate
        public let daysPastDue: Int
        public let bucket: AgingBucket
        public let balance: Money
    }

    /// One lease's overdue charges and their bucket totals.
    public struct LeaseAging: Hashable, Sendable {
        public let leaseId: EntityID
        /// Amount per bucket; every bucket present (zero when empty), in bucket order.
        public let buckets: [AgingBucket: Money]
        public let total: Money
        /// The delinquent charges, oldest due first.
        public let items: [Item]
        /// Days past due of the oldest unpaid charge.
        public let oldestDaysPastDue: Int
    }

    public let asOf: LocalDate
    public let currency: CurrencyCode
    /// Leases with something overdue, largest total first (then lease id).
    public let leases: [LeaseAging]
    /// Portfolio amount per bucket; every bucket present.
    public let buckets: [AgingBucket: Money]
    public let total: Money

    public init(asOf: LocalDate, currency: CurrencyCode, rows: [ReceivableRow]) throws(DomainError) {
        self.asOf = asOf
        self.currency = currency
        let zero = Money.zero(currency)
        let emptyBuckets = Dictionary(uniqueKeysWithValues: AgingBucket.allCases.map { ($0, zero) })
        var itemsByLease: [EntityID: [Item]] = [:]
        for r in rows where r.balance.isPositive {
            try r.balance.checkedSameCurrency(zero)
            let days = r.dueOn.days(until: asOf)
            guard let bucket = AgingBucket(daysPastDue: days) else { continue }
            itemsByLease[r.leaseId, default: []].append(
                Item(chargeId: r.chargeId, kind: r.kind, dueOn: r.dueOn, daysPastDue: days, bucket: bucket, balance: r.balance))
        }
        var leases: [LeaseAging] = []
        var grand = emptyBuckets
        var grandTotal = zero
        for (leaseId, items) in itemsByLease {
            var b = emptyBuckets
            var total = zero
            for i in items {
                b[i.bucket] = try b[i.bucket]!.adding(i.balance)
                grand[i.bucket] = try grand[i.bucket]!.adding(i.balance)
                total = try total.adding(i.balance)
            }
            grandTotal = try grandTotal.adding(total)
            let sorted = items.sorted { ($0.dueOn, $0.chargeId) < ($1.dueOn, $1.chargeId) }
            leases.append(LeaseAging(leaseId: leaseId, buckets: b, total: total, items: sorted,
                                     oldestDaysPastDue: sorted.first?.daysPastDue ?? 0))
        }
        self.leases = leases.sorted { $0.total != $1.total ? $0.total > $1.total : $0.leaseId < $1.leaseId }
        self.buckets = grand
        self.total = grandTotal
    }
}
