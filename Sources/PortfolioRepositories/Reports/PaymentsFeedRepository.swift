import Foundation
import MariaDB
import PortfolioDomain

/// The unified payments feed: payments received, expenses and deposit refunds as one list
/// (a union of three branches), filtered and paged by keyset through `ListQuery`, newest
/// first (date, then id).
public enum PaymentsFeedRepository {
    /// One money movement.
    public struct Entry: Sendable, Hashable, RowDecodable {
        public let id: UUID
        /// `RENT_RECEIVED`, `UTILITY_RECEIVED`, `DEPOSIT_RECEIVED`, `OTHER_RECEIVED`,
        /// `MAINTENANCE_EXPENSE` or `DEPOSIT_REFUND`.
        public let type: String
        /// `IN` or `OUT`.
        public let direction: String
        /// `COMPLETED` or `REVERSED`.
        public let status: String
        public let date: LocalDate
        public let amountMinor: Int64
        public let method: String?
        public let reference: String?
        public let leaseID: UUID?
        public let unitID: UUID?
        public let buildingID: UUID

        public init(row: MariaDBRow) throws {
            id = try row.decode("id")
            type = try row.decode("type")
            direction = try row.decode("direction")
            status = try row.decode("status")
            date = try row.decode("occurred_on")
            amountMinor = try row.decode("amount_minor")
            method = try row.decode("method")
            reference = try row.decode("reference")
            leaseID = try row.decode("lease_id")
            unitID = try row.decode("unit_id")
            buildingID = try row.decode("building_id")
        }
    }

    /// Filters; nil means "any".
    public struct Filter: Sendable, Hashable {
        public var types: [String]?
        public var direction: String?
        public var status: String?
        public var unitID: UUID?
        public var leaseID: UUID?
        public var from: LocalDate?
        public var to: LocalDate?

        public init(types: [String]? = nil, direction: String? = nil, status: String? = nil, unitID: UUID? = nil,
                    leaseID: UUID? = nil, from: LocalDate? = nil, to: LocalDate? = nil) {
            self.types = types
            self.direction = direction
            self.status = status
            self.unitID = unitID
            self.leaseID = leaseID
            self.from = from
            self.to = to
        }
    }

    /// The three sources, each read as `f` (`ListQuery(unionOf:)`): every condition, the
    /// keyset, the order and the limit apply inside each branch, so the newest page is three
    /// short index scans (`ix_payments_org_paid`, `ix_expenses_org_spent`,
    /// `ix_deposit_refunds_org_refunded`) and a count adds three counts. Leases and units are
    /// LEFT JOINed (every payment and refund has them) so a count that does not filter on
    /// them drops the joins (table elimination).
    static let branches = [
        """
        SELECT p.id, p.org_id, CONCAT(p.kind, '_RECEIVED') AS type, 'IN' AS direction,
               IF(p.reversed_at IS NULL, 'COMPLETED', 'REVERSED') AS status, p.paid_on AS occurred_on,
               p.amount_minor, p.method, p.reference, p.lease_id, l.unit_id, u.building_id
        FROM payments p LEFT JOIN leases l ON l.id = p.lease_id LEFT JOIN units u ON u.id = l.unit_id
        """,
        """
        SELECT e.id, e.org_id, 'MAINTENANCE_EXPENSE' AS type, 'OUT' AS direction, 'COMPLETED' AS status,
               e.spent_on AS occurred_on, e.amount_minor, NULL AS method, COALESCE(e.vendor, e.category) AS reference,
               NULL AS lease_id, e.unit_id, e.building_id
        FROM expenses e
        """,
        """
        SELECT r.id, r.org_id, 'DEPOSIT_REFUND' AS type, 'OUT' AS direction, 'COMPLETED' AS status,
               r.refunded_on AS occurred_on, r.amount_minor, r.method, r.note AS reference, r.lease_id, l.unit_id, u.building_id
        FROM deposit_refunds r LEFT JOIN leases l ON l.id = r.lease_id LEFT JOIN units u ON u.id = l.unit_id
        """,
    ]

    /// The organization's feed entries matching `filter`, newest first.
    public static func list(orgID: UUID, filter: Filter) -> ListQuery<Entry> {
        var conditions = SQLConditions()
        conditions.add("f.org_id = ?", orgID)
        if let types = filter.types { conditions.add("f.type", in: types) }
        if let direction = filter.direction { conditions.add("f.direction = ?", direction) }
        if let status = filter.status { conditions.add("f.status = ?", status) }
        if let unit = filter.unitID { conditions.add("f.unit_id = ?", unit) }
        if let lease = filter.leaseID { conditions.add("f.lease_id = ?", lease) }
        if let from = filter.from { conditions.add("f.occurred_on >= ?", from) }
        if let to = filter.to { conditions.add("f.occurred_on <= ?", to) }
        return ListQuery(
            select: "f.id, f.type, f.direction, f.status, f.occurred_on, f.amount_minor, f.method, f.reference, f.lease_id, f.unit_id, f.building_id",
            unionOf: branches, alias: "f", conditions: conditions,
            sortKeys: [SortKey("f.occurred_on", ascending: false)], idExpression: "f.id")
    }
}
