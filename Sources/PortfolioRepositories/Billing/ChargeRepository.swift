import Foundation
import MariaDB
import PortfolioDomain

/// Writes and locked reads of `charges`. Reads for the API go through `RecordLookup`.
public enum ChargeRepository {
    /// The columns of a new charge.
    public struct NewCharge: Sendable, Hashable {
        public var id: UUID
        public var leaseID: UUID
        public var kind: ChargeKind
        public var rentMonth: BillingMonth?
        public var description: String
        public var amountMinor: Int64
        public var dueDate: LocalDate
        public var installmentPlanID: UUID?

        public init(id: UUID = UUID(), leaseID: UUID, kind: ChargeKind, rentMonth: BillingMonth? = nil, description: String,
                    amountMinor: Int64, dueDate: LocalDate, installmentPlanID: UUID? = nil) {
            self.id = id
            self.leaseID = leaseID
            self.kind = kind
            self.rentMonth = rentMonth
            self.description = description
            self.amountMinor = amountMinor
            self.dueDate = dueDate
            self.installmentPlanID = installmentPlanID
        }
    }

    /// Inserts `charge`. With `ignoringDuplicate` a rent charge whose (lease, month) already
    /// exists is skipped (`INSERT IGNORE` on `uk_charges_lease_rent_month`; a concurrent
    /// inserter waits for the first and then skips): returns whether a row was inserted.
    @discardableResult
    public static func insert(_ charge: NewCharge, orgID: UUID, now: Date, ignoringDuplicate: Bool = false,
                              on connection: MariaDBConnection) async throws -> Bool {
        let result = try await connection.execute(
            """
            INSERT\(ignoringDuplicate ? " IGNORE" : "") INTO charges
              (id, org_id, lease_id, kind, rent_month, description, amount_minor, due_date, installment_plan_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [charge.id, orgID, charge.leaseID, charge.kind.rawValue, charge.rentMonth, charge.description,
             charge.amountMinor, charge.dueDate, charge.installmentPlanID, now])
        return result.affectedRows == 1
    }

    /// The rent charges of `month` for `leaseIDs` (a locking read: sees rows other
    /// transactions committed meanwhile), by lease id.
    public static func rentCharges(month: BillingMonth, leaseIDs: [UUID], orgID: UUID, on connection: MariaDBConnection) async throws -> [ChargeRecord] {
        guard !leaseIDs.isEmpty else { return [] }
        var conditions = SQLConditions()
        conditions.add("t.org_id = ?", orgID)
        conditions.add("t.rent_month = ?", month)
        conditions.add("t.lease_id", in: leaseIDs)
        return try await connection.query(
            "SELECT \(ChargeRecord.selectList("t")) FROM charges t \(conditions.sql) ORDER BY t.lease_id LOCK IN SHARE MODE",
            conditions.binds
        ).map(ChargeRecord.init(row:))
    }

    /// Every charge of the lease, locked `FOR UPDATE` for the caller's transaction (the
    /// allocation invariants are checked against these rows).
    public static func lockAll(leaseID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> [ChargeRecord] {
        try await all(leaseID: leaseID, orgID: orgID, lock: true, on: connection)
    }

    /// Every charge of the lease, by due date then id; `lock` reads them `FOR UPDATE`.
    public static func all(leaseID: UUID, orgID: UUID, lock: Bool = false, on connection: MariaDBConnection) async throws -> [ChargeRecord] {
        try await connection.query(
            "SELECT \(ChargeRecord.selectList("t")) FROM charges t WHERE t.lease_id = ? AND t.org_id = ? ORDER BY t.due_date, t.id\(lock ? " FOR UPDATE" : "")",
            [leaseID, orgID]
        ).map(ChargeRecord.init(row:))
    }

    /// The charge `id` of `orgID`, locked; nil when absent or elsewhere.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> ChargeRecord? {
        try await connection.query(
            "SELECT \(ChargeRecord.selectList("t")) FROM charges t WHERE t.id = ? AND t.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(ChargeRecord.init(row:))
    }

    /// The charges `ids` of `orgID` (unlocked read inside the transaction), in `ids` order.
    public static func read(_ ids: [String], orgID: UUID, on connection: MariaDBConnection) async throws -> [ChargeRecord] {
        let found = try await RecordLookup.fetch(ChargeRecord.self, ids: ids, scope: RecordScope(orgID: orgID), on: connection)
        return ids.compactMap { found[$0.lowercased()] }
    }

    /// Marks the charge voided (the row stays).
    public static func void(_ id: UUID, reason: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE charges SET voided_at = ?, void_reason = ? WHERE id = ?", [now, reason, id])
    }

    /// Inserts the plan row.
    public static func insertPlan(id: UUID, orgID: UUID, leaseID: UUID, description: String, totalMinor: Int64, count: Int,
                                  now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO installment_plans (id, org_id, lease_id, description, total_minor, installments, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [id, orgID, leaseID, description, totalMinor, count, now])
    }
}
