import Foundation
import MariaDB
import PortfolioDomain

/// Writes and transactional reads of `payments` and `allocations`.
public enum PaymentRepository {
    /// The columns of a new payment.
    public struct NewPayment: Sendable, Hashable {
        public var id: UUID
        public var leaseID: UUID
        public var kind: String
        public var amountMinor: Int64
        public var paidOn: LocalDate
        public var method: PaymentMethod
        public var reference: String?

        public init(id: UUID = UUID(), leaseID: UUID, kind: String, amountMinor: Int64, paidOn: LocalDate,
                    method: PaymentMethod, reference: String?) {
            self.id = id
            self.leaseID = leaseID
            self.kind = kind
            self.amountMinor = amountMinor
            self.paidOn = paidOn
            self.method = method
            self.reference = reference
        }
    }

    public static func insert(_ payment: NewPayment, orgID: UUID, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO payments (id, org_id, lease_id, kind, amount_minor, paid_on, method, reference, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [payment.id, orgID, payment.leaseID, payment.kind, payment.amountMinor, payment.paidOn, payment.method.rawValue,
             payment.reference, now])
    }

    /// Adds `amountMinor` of `paymentID` to `chargeID`; a second allocation of the same
    /// payment to the same charge (credit applied later) adds to the existing row.
    public static func allocate(paymentID: String, chargeID: String, amountMinor: Int64, orgID: UUID, now: Date,
                                on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO allocations (id, org_id, payment_id, charge_id, amount_minor, created_at) VALUES (?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE amount_minor = amount_minor + VALUES(amount_minor)
            """,
            [UUID(), orgID, paymentID, chargeID, amountMinor, now])
        try await ChargeSettlement.refresh(chargeID: chargeID, on: connection)
    }

    /// Every payment of the lease (read inside the transaction that locked the lease).
    /// `lock` reads them `FOR UPDATE`.
    public static func all(leaseID: UUID, orgID: UUID, lock: Bool = true, on connection: MariaDBConnection) async throws -> [PaymentRecord] {
        try await connection.query(
            "SELECT \(PaymentRecord.selectList("t")) FROM payments t WHERE t.lease_id = ? AND t.org_id = ? ORDER BY t.paid_on, t.id\(lock ? " FOR UPDATE" : "")",
            [leaseID, orgID]
        ).map(PaymentRecord.init(row:))
    }

    /// Every allocation to a charge of the lease.
    public static func allocations(leaseID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> [AllocationRecord] {
        try await connection.query(
            """
            SELECT \(AllocationRecord.selectList("t")) FROM allocations t JOIN charges c ON c.id = t.charge_id
            WHERE c.lease_id = ? AND t.org_id = ? ORDER BY t.created_at, t.id
            """,
            [leaseID, orgID]
        ).map(AllocationRecord.init(row:))
    }

    /// The payment `id` of `orgID`, locked; nil when absent or elsewhere.
    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> PaymentRecord? {
        try await connection.query(
            "SELECT \(PaymentRecord.selectList("t")) FROM payments t WHERE t.id = ? AND t.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(PaymentRecord.init(row:))
    }

    /// Marks the payment reversed (the row and its allocations stay; they stop counting, so
    /// the charges they paid owe again).
    public static func reverse(_ id: UUID, reason: String, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE payments SET reversed_at = ?, reverse_reason = ? WHERE id = ?", [now, reason, id])
        try await ChargeSettlement.refresh(chargesOfPayment: id, on: connection)
    }
}
