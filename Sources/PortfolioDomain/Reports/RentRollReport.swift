/// The rent roll as of a date: every unit, who holds it, at what rent, and what they owe.
///
/// Definitions: a unit is occupied when a non-cancelled lease covers the date (see
/// `UnitOccupancy`); scheduled rent = Σ monthly rent of the current leases; vacant market
/// rent = Σ asking rent of vacant units that have one; occupancy = occupied ÷ units in basis
/// points (10 000 = 100 %, rounded down, 0 for an empty portfolio); balance = the current
/// lease's ledger balance supplied by the caller (zero when absent).
public struct RentRollReport: Hashable, Sendable {
    /// A unit as loaded by the repository.
    public struct UnitInput: Hashable, Sendable {
        public var unitId: EntityID
        public var buildingId: EntityID
        public var label: String
        /// The unit's asking (base) rent; `nil` when not set.
        public var marketRent: Money?
        public init(unitId: EntityID, buildingId: EntityID, label: String, marketRent: Money?) {
            self.unitId = unitId
            self.buildingId = buildingId
            self.label = label
            self.marketRent = marketRent
        }
    }

    /// A lease of one of the units, with the figures the roll shows.
    public struct LeaseInput: Hashable, Sendable {
        public var lease: LeaseOccupancyRecord
        public var primaryTenantName: String
        public var rent: Money
        public var deposit: Money
        public init(lease: LeaseOccupancyRecord, primaryTenantName: String, rent: Money, deposit: Money) {
            self.lease = lease
            self.primaryTenantName = primaryTenantName
            self.rent = rent
            self.deposit = deposit
        }
    }

    /// One unit of the roll.
    public struct Row: Hashable, Sendable {
        public let unit: UnitInput
        /// The current lease; `nil` when the unit is vacant.
        public let lease: LeaseInput?
        /// Ledger balance of the current lease (zero when vacant).
        public let balance: Money
        public var isOccupied: Bool { lease != nil }
    }

    public let asOf: LocalDate
    public let currency: CurrencyCode
    /// By building id, then unit label (natural order, so "2" < "10").
    public let rows: [Row]
    public let unitCount: Int
    public let occupiedCount: Int
    /// occupied × 10 000 ÷ units, rounded down; 0 when there are no units.
    public let occupancyBasisPoints: Int
    public let scheduledRent: Money
    public let vacantMarketRent: Money
    public let totalBalance: Money

    public init(asOf: LocalDate, currency: CurrencyCode, units: [UnitInput], leases: [LeaseInput],
                balances: [EntityID: Money]) throws(DomainError) {
        self.asOf = asOf
        self.currency = currency
        let zero = Money.zero(currency)
        // Group once so the report stays linear in units + leases.
        let recordsByUnit = Dictionary(grouping: leases.map(\.lease), by: \.unitId)
        let byLeaseId = Dictionary(leases.map { ($0.lease.leaseId, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = []
        var occupied = 0
        var scheduled = zero, vacantMarket = zero, totalBalance = zero
        for u in units {
            let occupancy = UnitOccupancy(unitId: u.unitId, asOf: asOf, leases: recordsByUnit[u.unitId] ?? [])
            if let current = occupancy.currentLease, let lease = byLeaseId[current.leaseId] {
                occupied += 1
                scheduled = try scheduled.adding(lease.rent)
                let balance = balances[lease.lease.leaseId] ?? zero
                totalBalance = try totalBalance.adding(balance)
                rows.append(Row(unit: u, lease: lease, balance: balance))
            } else {
                if let m = u.marketRent { vacantMarket = try vacantMarket.adding(m) }
                rows.append(Row(unit: u, lease: nil, balance: zero))
            }
        }
        self.rows = rows.sorted {
            $0.unit.buildingId != $1.unit.buildingId ? $0.unit.buildingId < $1.unit.buildingId
                : (EntityID($0.unit.label), $0.unit.unitId) < (EntityID($1.unit.label), $1.unit.unitId)
        }
        unitCount = units.count
        occupiedCount = occupied
        occupancyBasisPoints = units.isEmpty ? 0 : occupied * 10_000 / units.count
        scheduledRent = scheduled
        vacantMarketRent = vacantMarket
        self.totalBalance = totalBalance
    }
}
