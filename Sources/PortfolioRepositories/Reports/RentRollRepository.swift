import Foundation
import MariaDB
import PortfolioDomain

/// The rent roll as of a date in one statement: every unit of the organization's live
/// buildings with the lease covering the date (if any), its tenant, rent and open balance.
public enum RentRollRepository {
    /// One unit of the roll; lease fields are nil when the unit is vacant.
    public struct Row: Sendable, Hashable {
        public let unitID: UUID
        public let unitLabel: String
        public let buildingID: UUID
        public let buildingName: String
        public let baseRentMinor: Int64?
        public let leaseID: UUID?
        public let tenantName: String?
        public let leaseStart: LocalDate?
        public let leaseEnd: LocalDate?
        public let leaseRentMinor: Int64?
        /// Unpaid, non-voided charges of the current lease due on or before the date.
        public let balanceMinor: Int64
        public var isOccupied: Bool { leaseID != nil }
    }

    /// The current lease of a unit is the one not cancelled whose dates cover `asOf`
    /// (`LeaseOccupancyRecord.isOccupying`); if several do (bad data), the latest start wins.
    public static func rows(orgID: UUID, asOf: LocalDate, on connection: MariaDBConnection) async throws -> [Row] {
        let open = ReceivableSQL.openCharges(orgID: orgID, asOf: asOf)
        let names = ReceivableSQL.tenantNames(orgID: orgID)
        // Current leases, open balances and tenant names are derived tables computed once and
        // joined by key, not subqueries run per unit.
        let sql = """
            SELECT u.id AS unit_id, u.label, u.building_id, b.name AS building_name, u.base_rent_minor,
                   cl.id AS lease_id, cl.start_date, cl.end_date, cl.rent_minor, tn.tenant_name,
                   COALESCE(bal.balance, 0) AS balance
            FROM units u
            JOIN buildings b ON b.id = u.building_id AND b.deleted_at IS NULL
            LEFT JOIN (
                SELECT l.id, l.unit_id, l.start_date, l.end_date, l.rent_minor,
                       ROW_NUMBER() OVER (PARTITION BY l.unit_id ORDER BY l.start_date DESC, l.id) AS position
                FROM leases l
                WHERE l.org_id = ? AND l.status <> 'CANCELLED' AND l.start_date <= ?
                  AND (l.end_date IS NULL OR l.end_date >= ?)
            ) cl ON cl.unit_id = u.id AND cl.position = 1
            LEFT JOIN (\(names.sql)) tn ON tn.lease_id = cl.id
            LEFT JOIN (
                SELECT r.lease_id, SUM(r.remaining) AS balance FROM (\(open.sql)) r GROUP BY r.lease_id
            ) bal ON bal.lease_id = cl.id
            WHERE u.org_id = ?
            ORDER BY b.name, b.id, u.label, u.id
            """
        let binds: [any MariaDBBindable] = [orgID, asOf, asOf] + names.binds + open.binds + [orgID]
        return try await connection.query(sql, binds).map { row in
            Row(
                unitID: try row.decode("unit_id"), unitLabel: try row.decode("label"),
                buildingID: try row.decode("building_id"), buildingName: try row.decode("building_name"),
                baseRentMinor: try row.decode("base_rent_minor"), leaseID: try row.decode("lease_id"),
                tenantName: try row.decode("tenant_name"), leaseStart: try row.decode("start_date"),
                leaseEnd: try row.decode("end_date"), leaseRentMinor: try row.decode("rent_minor"),
                balanceMinor: try row.decode("balance"))
        }
    }
}
