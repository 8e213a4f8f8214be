import Foundation
import MariaDB
import PortfolioDomain

/// Reads and writes `deposit_refunds` and `deposit_deductions`. Writes run on the caller's
/// transaction after it locked the lease row (`lockLeaseDeposit`), which serialises every
/// refund of a lease so two refunds can never together exceed what is held.
public enum DepositRepository {
    /// The agreed deposit (`leases.deposit_minor`) of lease `leaseID` in `orgID`, its row
    /// locked `FOR UPDATE`; nil when the lease is absent or elsewhere.
    public static func lockLeaseDeposit(_ leaseID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> Int64? {
        guard let row = try await connection.query(
            "SELECT deposit_minor FROM leases WHERE id = ? AND org_id = ? FOR UPDATE", [leaseID, orgID]
        ).first else { return nil }
        return try row.decode("deposit_minor")
    }

    /// Every refund of the lease, oldest first.
    public static func refunds(leaseID: UUID, on connection: MariaDBConnection) async throws -> [DepositRefundRecord] {
        try await connection.query(
            "SELECT \(DepositRefundRecord.selectList("r")) FROM deposit_refunds r WHERE r.lease_id = ? ORDER BY r.refunded_on, r.id", [leaseID]
        ).map(DepositRefundRecord.init(row:))
    }

    /// Every deduction of the lease's refunds.
    public static func deductions(leaseID: UUID, on connection: MariaDBConnection) async throws -> [DepositDeductionRecord] {
        try await connection.query(
            "SELECT \(DepositDeductionRecord.selectList("t")) FROM \(DepositDeductionRecord.table) t WHERE t.lease_id = ?", [leaseID]
        ).map(DepositDeductionRecord.init(row:))
    }

    /// The refund `id` of `orgID`; nil when absent or elsewhere.
    public static func refund(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> DepositRefundRecord? {
        try await connection.query(
            "SELECT \(DepositRefundRecord.selectList("r")) FROM deposit_refunds r WHERE r.id = ? AND r.org_id = ?", [id, orgID]
        ).first.map(DepositRefundRecord.init(row:))
    }

    /// A new refund with its deductions (`description`, minor units) in list order.
    public static func insertRefund(id: UUID, orgID: UUID, leaseID: UUID, amountMinor: Int64, refundedOn: LocalDate, method: String,
                                    note: String?, deductions: [(description: String, amountMinor: Int64)], now: Date,
                                    on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO deposit_refunds (id, org_id, lease_id, amount_minor, refunded_on, method, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, leaseID, amountMinor, refundedOn, method, note, now])
        for deduction in deductions {
            try await connection.execute(
                "INSERT INTO deposit_deductions (id, refund_id, description, amount_minor) VALUES (?, ?, ?, ?)",
                [UUID(), id, deduction.description, deduction.amountMinor])
        }
    }
}
