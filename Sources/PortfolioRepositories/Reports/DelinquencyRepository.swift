import Foundation
import MariaDB
import PortfolioDomain

/// Delinquency aging as of a date, aggregated in SQL: one row per lease with the unpaid
/// amount of its charges in each aging bucket (`AgingBucket`: 0–30, 31–60, 61–90, over 90
/// days past due, days = asOf − due date). One statement whatever the number of leases.
public enum DelinquencyRepository {
    /// One lease's overdue amounts, in minor units of the organization's currency.
    public struct Row: Sendable, Hashable {
        public let leaseID: UUID
        public let unitID: UUID
        public let unitLabel: String
        public let buildingID: UUID
        public let buildingName: String
        /// Primary tenant's name, else the first party's; nil when the lease has no parties.
        public let tenantName: String?
        public let chargeCount: Int
        public let oldestDueDate: LocalDate
        /// Minor units per bucket, in `AgingBucket.allCases` order.
        public let buckets: [Int64]
        public var total: Int64 { buckets.reduce(0, +) }
    }

    /// The leases of `orgID` owing anything due on or before `asOf`, largest total first
    /// (then lease id).
    public static func rows(orgID: UUID, asOf: LocalDate, on connection: MariaDBConnection) async throws -> [Row] {
        // Bucket bounds follow `AgingBucket.init(daysPastDue:)`.
        let open = ReceivableSQL.openCharges(orgID: orgID, asOf: asOf)
        let names = ReceivableSQL.tenantNames(orgID: orgID)
        let sql = """
            SELECT g.lease_id, g.charge_count, g.oldest_due, g.b0, g.b1, g.b2, g.b3,
                   l.unit_id, u.label AS unit_label, u.building_id, b.name AS building_name, tn.tenant_name
            FROM (
                SELECT r.lease_id, COUNT(*) AS charge_count, MIN(r.due_date) AS oldest_due,
                       SUM(CASE WHEN DATEDIFF(?, r.due_date) <= 30 THEN r.remaining ELSE 0 END) AS b0,
                       SUM(CASE WHEN DATEDIFF(?, r.due_date) BETWEEN 31 AND 60 THEN r.remaining ELSE 0 END) AS b1,
                       SUM(CASE WHEN DATEDIFF(?, r.due_date) BETWEEN 61 AND 90 THEN r.remaining ELSE 0 END) AS b2,
                       SUM(CASE WHEN DATEDIFF(?, r.due_date) > 90 THEN r.remaining ELSE 0 END) AS b3,
                       SUM(r.remaining) AS total
                FROM (\(open.sql)) r
                GROUP BY r.lease_id
            ) g
            JOIN leases l ON l.id = g.lease_id
            JOIN units u ON u.id = l.unit_id
            JOIN buildings b ON b.id = u.building_id
            LEFT JOIN (\(names.sql)) tn ON tn.lease_id = g.lease_id
            ORDER BY g.total DESC, g.lease_id
            """
        let binds: [any MariaDBBindable] = [asOf, asOf, asOf, asOf] + open.binds + names.binds
        return try await connection.query(sql, binds).map { row in
            Row(
                leaseID: try row.decode("lease_id"), unitID: try row.decode("unit_id"),
                unitLabel: try row.decode("unit_label"), buildingID: try row.decode("building_id"),
                buildingName: try row.decode("building_name"), tenantName: try row.decode("tenant_name"),
                chargeCount: try row.decode("charge_count"), oldestDueDate: try row.decode("oldest_due"),
                buckets: [try row.decode("b0"), try row.decode("b1"), try row.decode("b2"), try row.decode("b3")])
        }
    }
}
