import Foundation
import MariaDB
import PortfolioDomain

/// The charges list (`Query.charges`, `Lease.charges`): filters and orderings over
/// `charges c`, as a `ListQuery`.
public enum ChargeList {
    /// Where a charge stands, from its void and its settlement (`charges.settled_on`,
    /// maintained by the payment, credit and reversal transactions).
    public enum Status: String, Sendable, CaseIterable {
        /// Not voided and something still owed (`settled_on` NULL).
        case open = "OPEN"
        /// Not voided and nothing owed (`settled_on` set).
        case paid = "PAID"
        /// Voided.
        case voided = "VOIDED"
    }

    /// Filters; nil means "any". Every given condition must hold.
    public struct Filter: Sendable, Hashable {
        public var leaseID: UUID?
        /// Charges of leases of this unit.
        public var unitID: UUID?
        /// Charges of leases of units of this building.
        public var buildingID: UUID?
        /// One of these kinds (an empty list matches nothing).
        public var kinds: [ChargeKind]?
        public var status: Status?
        /// Due on or after this day.
        public var dueFrom: LocalDate?
        /// Due on or before this day.
        public var dueTo: LocalDate?

        public init(leaseID: UUID? = nil, unitID: UUID? = nil, buildingID: UUID? = nil, kinds: [ChargeKind]? = nil,
                    status: Status? = nil, dueFrom: LocalDate? = nil, dueTo: LocalDate? = nil) {
            self.leaseID = leaseID
            self.unitID = unitID
            self.buildingID = buildingID
            self.kinds = kinds
            self.status = status
            self.dueFrom = dueFrom
            self.dueTo = dueTo
        }
    }

    /// The orderings the list offers (the id breaks ties, in the same direction).
    public enum OrderField: String, Sendable, CaseIterable {
        case dueDate = "DUE_DATE"
        case amount = "AMOUNT"
        case createdAt = "CREATED_AT"

        var expression: String {
            switch self {
            case .dueDate: "c.due_date"
            case .amount: "c.amount_minor"
            case .createdAt: "c.created_at"
            }
        }
    }

    /// The lease column, for per-lease pages (`ListQuery.pages(partitionedBy:…)`).
    public static let leaseColumn = "c.lease_id"

    /// The charges of `scope` (a tenant: of their leases) matching `filter`, in `field` order.
    public static func list(scope: RecordScope, filter: Filter, orderBy field: OrderField = .dueDate, ascending: Bool = false) -> ListQuery<ChargeRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: ChargeRecord.self, alias: "c")
        LeasePlaceFilter(leaseID: filter.leaseID, unitID: filter.unitID, buildingID: filter.buildingID)
            .add(to: &conditions, leaseColumn: leaseColumn)
        if let kinds = filter.kinds { conditions.add("c.kind", in: kinds.map(\.rawValue)) }
        switch filter.status {
        case .open?: conditions.add("c.voided_at IS NULL AND c.settled_on IS NULL")
        case .paid?: conditions.add("c.voided_at IS NULL AND c.settled_on IS NOT NULL")
        case .voided?: conditions.add("c.voided_at IS NOT NULL")
        case nil: break
        }
        if let from = filter.dueFrom { conditions.add("c.due_date >= ?", from) }
        if let to = filter.dueTo { conditions.add("c.due_date <= ?", to) }
        return ListQuery(
            select: ChargeRecord.selectList("c"), from: "charges c", conditions: conditions,
            sortKeys: [SortKey(field.expression, ascending: ascending)], idExpression: "c.id")
    }
}
