import Foundation
import MariaDB
import PortfolioDomain

/// The billing terms of a lease read straight from `leases` (billing needs only these
/// columns, so it does not depend on the leasing area's record type).
public struct BillingLease: RowDecodable, Hashable {
    public var id: String
    public var startDate: LocalDate
    public var endDate: LocalDate?
    public var rentMinor: Int64
    public var dueDay: Int
    public var status: String

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        startDate = try row.decode("start_date")
        endDate = try row.decode("end_date")
        rentMinor = try row.decode("rent_minor")
        dueDay = try row.decode("due_day")
        status = try row.decode("status")
    }

    static let select = "SELECT l.id, l.start_date, l.end_date, l.rent_minor, l.due_day, l.status FROM leases l"

    /// The lease `id` of `scope` (tenant scope: only a lease the user is a party of); nil
    /// when absent or elsewhere. `lock` takes the lease row `FOR UPDATE`, which serialises
    /// every money-moving mutation of the lease (payments, voids, credit).
    public static func find(_ id: UUID, scope: RecordScope, lock: Bool = false, on connection: MariaDBConnection) async throws -> BillingLease? {
        var conditions = SQLConditions()
        conditions.add("l.id = ?", id)
        conditions.add("l.org_id = ?", scope.orgID)
        if let user = scope.tenantUserID {
            conditions.add(
                "EXISTS (SELECT 1 FROM lease_parties own_lp JOIN tenants own_t ON own_t.id = own_lp.tenant_id WHERE own_lp.lease_id = l.id AND own_t.user_id = ?)",
                user)
        }
        return try await connection.query("\(select) \(conditions.sql)\(lock ? " FOR UPDATE" : "")", conditions.binds)
            .first.map(BillingLease.init(row:))
    }

    /// The leases of `orgID` whose dates touch `month` (active and ended alike: an ended
    /// lease still owes its last partial month), by id. A share-locking read: it waits for a
    /// concurrent `endLease`/`updateLease` holding a lease row and sees its new end date (a
    /// plain read would bill from the snapshot's old dates after that lease trimmed its rent).
    public static func covering(_ month: BillingMonth, orgID: UUID, on connection: MariaDBConnection) async throws -> [BillingLease] {
        try await connection.query(
            "\(select) WHERE l.org_id = ? AND l.start_date <= ? AND (l.end_date IS NULL OR l.end_date >= ?) ORDER BY l.id LOCK IN SHARE MODE",
            [orgID, month.lastDay, month.firstDay]
        ).map(BillingLease.init(row:))
    }
}
