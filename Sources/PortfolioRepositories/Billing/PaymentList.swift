import Foundation
import MariaDB
import PortfolioDomain

/// The payments list (`Query.payments`, `Lease.payments`): filters and orderings over
/// `payments p`, as a `ListQuery`.
public enum PaymentList {
    /// Filters; nil means "any". Every given condition must hold.
    public struct Filter: Sendable, Hashable {
        public var leaseID: UUID?
        /// Payments of leases of this unit.
        public var unitID: UUID?
        /// Payments of leases of units of this building.
        public var buildingID: UUID?
        /// One of these kinds (RENT, UTILITY, DEPOSIT, OTHER; an empty list matches nothing).
        public var kinds: [String]?
        /// One of these methods (an empty list matches nothing).
        public var methods: [PaymentMethod]?
        /// true: only reversed payments; false: only standing ones.
        public var reversed: Bool?
        /// Paid on or after this day.
        public var paidFrom: LocalDate?
        /// Paid on or before this day.
        public var paidTo: LocalDate?

        public init(leaseID: UUID? = nil, unitID: UUID? = nil, buildingID: UUID? = nil, kinds: [String]? = nil,
                    methods: [PaymentMethod]? = nil, reversed: Bool? = nil, paidFrom: LocalDate? = nil, paidTo: LocalDate? = nil) {
            self.leaseID = leaseID
            self.unitID = unitID
            self.buildingID = buildingID
            self.kinds = kinds
            self.methods = methods
            self.reversed = reversed
            self.paidFrom = paidFrom
            self.paidTo = paidTo
        }
    }

    /// The orderings the list offers (the id breaks ties, in the same direction).
    public enum OrderField: String, Sendable, CaseIterable {
        case paidOn = "PAID_ON"
        case amount = "AMOUNT"
        case createdAt = "CREATED_AT"

        var expression: String {
            switch self {
            case .paidOn: "p.paid_on"
            case .amount: "p.amount_minor"
            case .createdAt: "p.created_at"
            }
        }
    }

    /// The lease column, for per-lease pages (`ListQuery.pages(partitionedBy:…)`).
    public static let leaseColumn = "p.lease_id"

    /// The payments of `scope` (a tenant: of their leases) matching `filter`, in `field` order.
    public static func list(scope: RecordScope, filter: Filter, orderBy field: OrderField = .paidOn, ascending: Bool = false) -> ListQuery<PaymentRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: PaymentRecord.self, alias: "p")
        LeasePlaceFilter(leaseID: filter.leaseID, unitID: filter.unitID, buildingID: filter.buildingID)
            .add(to: &conditions, leaseColumn: leaseColumn)
        if let kinds = filter.kinds { conditions.add("p.kind", in: kinds) }
        if let methods = filter.methods { conditions.add("p.method", in: methods.map(\.rawValue)) }
        if let reversed = filter.reversed { conditions.add(reversed ? "p.reversed_at IS NOT NULL" : "p.reversed_at IS NULL") }
        if let from = filter.paidFrom { conditions.add("p.paid_on >= ?", from) }
        if let to = filter.paidTo { conditions.add("p.paid_on <= ?", to) }
        return ListQuery(
            select: PaymentRecord.selectList("p"), from: "payments p", conditions: conditions,
            sortKeys: [SortKey(field.expression, ascending: ascending)], idExpression: "p.id")
    }
}
