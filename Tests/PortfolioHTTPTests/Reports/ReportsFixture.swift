import Foundation
import MariaDB
import PortfolioRepositories

/// Writes report test data straight into the tables (the CRUD of other areas is not what
/// these tests exercise), with the org of an `OrgFixture` organization. Like every writer of
/// allocations it keeps `charges.settled_on` through `ChargeSettlement`.
struct ReportsData: Sendable {
    let pool: MariaDBPool
    let orgID: String

    func building(_ name: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
                                 [id, orgID, "B-" + id.prefix(8), name])
        }
        return id
    }

    func unit(_ building: String, _ label: String, baseRent: Int64? = nil) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("INSERT INTO units (id, org_id, building_id, label, base_rent_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NOW(6), NOW(6))",
                                 [id, orgID, building, label, baseRent])
        }
        return id
    }

    func tenant(_ name: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("INSERT INTO tenants (id, org_id, full_name, created_at, updated_at) VALUES (?, ?, ?, NOW(6), NOW(6))", [id, orgID, name])
        }
        return id
    }

    func lease(_ unit: String, start: String, end: String? = nil, rent: Int64, status: String = "ACTIVE",
               parties: [(tenant: String, role: String)]) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection { connection in
            try await connection.execute("""
                INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, due_day, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, NOW(6), NOW(6))
                """, [id, orgID, unit, start, end, rent, status])
            for party in parties {
                try await connection.execute("INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, ?, ?)",
                                             [id, party.tenant, party.role, orgID])
            }
        }
        return id
    }

    @discardableResult
    /// `voidedAt`: the instant (UTC) the charge was voided; nil: standing.
    func charge(_ lease: String, due: String, amount: Int64, kind: String = "RENT", voidedAt: String? = nil,
                description: String = "Rent") async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("""
                INSERT INTO charges (id, org_id, lease_id, kind, description, amount_minor, due_date, voided_at, void_reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, IF(? IS NULL, NULL, 'mistake'), NOW(6))
                """, [id, orgID, lease, kind, description, amount, due, voidedAt, voidedAt])
        }
        return id
    }

    /// A payment with allocations `(charge, amount)`; `reversedAt`: the instant (UTC) it was
    /// reversed, nil: standing.
    @discardableResult
    func payment(_ lease: String, paidOn: String, amount: Int64, kind: String = "RENT", reversedAt: String? = nil,
                 reference: String? = nil, allocations: [(String, Int64)] = []) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection { connection in
            try await connection.execute("""
                INSERT INTO payments (id, org_id, lease_id, kind, amount_minor, paid_on, method, reference, reversed_at, reverse_reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'BANK', ?, ?, IF(? IS NULL, NULL, 'bounced'), NOW(6))
                """, [id, orgID, lease, kind, amount, paidOn, reference, reversedAt, reversedAt])
            for (charge, value) in allocations {
                try await connection.execute("""
                    INSERT INTO allocations (id, org_id, payment_id, charge_id, amount_minor, created_at) VALUES (?, ?, ?, ?, ?, NOW(6))
                    """, [UUID().uuidString.lowercased(), orgID, id, charge, value])
                try await ChargeSettlement.refresh(chargeID: charge, on: connection)
            }
        }
        return id
    }

    @discardableResult
    func expense(_ building: String, on date: String, amount: Int64, category: String, vendor: String? = nil,
                 description: String? = nil) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("""
                INSERT INTO expenses (id, org_id, building_id, category, vendor, amount_minor, spent_on, description, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(6), NOW(6))
                """, [id, orgID, building, category, vendor, amount, date, description])
        }
        return id
    }

    @discardableResult
    func depositRefund(_ lease: String, on date: String, amount: Int64) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await pool.withConnection {
            try await $0.execute("""
                INSERT INTO deposit_refunds (id, org_id, lease_id, amount_minor, refunded_on, method, note, created_at)
                VALUES (?, ?, ?, ?, ?, 'CASH', 'Deposit back', NOW(6))
                """, [id, orgID, lease, amount, date])
        }
        return id
    }
}

/// The shared scenario of the report tests (hand-computed figures in each test):
/// org A with buildings Alpha (units 101 let on lease L1, 102 vacant after an ended lease)
/// and Beta (unit 7 let on lease L2); org B with one overdue lease that must never show.
struct ReportsScenario: Sendable {
    let alpha: String, beta: String
    let unit101: String, unit102: String, unit7: String
    let l1: String, l2: String
    let orgBLease: String

    static func make(_ app: IdentityHarness, _ orgs: OrgFixture) async throws -> ReportsScenario {
        let a = ReportsData(pool: app.pool, orgID: orgs.a.id)
        let alpha = try await a.building("Alpha")
        let beta = try await a.building("Beta")
        let unit101 = try await a.unit(alpha, "101")
        let unit102 = try await a.unit(alpha, "102", baseRent: 50_000)
        let unit7 = try await a.unit(beta, "7")
        let zoe = try await a.tenant("Zoe Primary")
        let adam = try await a.tenant("Adam Co")
        let bob = try await a.tenant("Bob Beta")
        let l1 = try await a.lease(unit101, start: "2026-01-01", rent: 120_000, parties: [(adam, "CO_TENANT"), (zoe, "PRIMARY")])
        _ = try await a.lease(unit102, start: "2025-01-01", end: "2026-05-31", rent: 40_000, status: "ENDED", parties: [(bob, "PRIMARY")])
        let l2 = try await a.lease(unit7, start: "2026-01-01", end: "2026-12-31", rent: 90_000, parties: [(bob, "PRIMARY")])

        // L1, as of 2026-06-30: boundary days 0, 30, 31, 60, 61, 90, 91.
        for due in ["2026-06-30", "2026-05-31", "2026-05-30", "2026-05-01", "2026-04-30", "2026-04-01", "2026-03-31"] {
            try await a.charge(l1, due: due, amount: 10_000)
        }
        try await a.charge(l1, due: "2026-07-01", amount: 10_000)               // not yet due
        try await a.charge(l1, due: "2026-06-01", amount: 10_000, voidedAt: "2026-06-02 08:00:00") // voided
        let partly = try await a.charge(l1, due: "2026-06-15", amount: 10_000, kind: "UTILITY", description: "Water, \"cold\"")
        let bounced = try await a.charge(l1, due: "2026-06-10", amount: 5_000)
        let paid = try await a.charge(l1, due: "2026-06-05", amount: 7_000)
        let paidLater = try await a.charge(l1, due: "2026-06-20", amount: 3_000)
        try await a.payment(l1, paidOn: "2026-06-16", amount: 11_000, reference: "TRX-1", allocations: [(partly, 4_000), (paid, 7_000)])
        try await a.payment(l1, paidOn: "2026-06-11", amount: 5_000, reversedAt: "2026-06-14 09:30:00", allocations: [(bounced, 5_000)])
        try await a.payment(l1, paidOn: "2026-07-05", amount: 3_000, allocations: [(paidLater, 3_000)])
        // L2
        try await a.charge(l2, due: "2026-06-01", amount: 150_000)
        try await a.payment(l2, paidOn: "2026-06-30", amount: 2_500, kind: "UTILITY")
        try await a.depositRefund(l2, on: "2026-06-20", amount: 2_000)
        try await a.expense(alpha, on: "2026-06-02", amount: 3_000, category: "repairs", vendor: "Plumb & Co",
                            description: "Fix \"sink\",\r\nkitchen")
        try await a.expense(beta, on: "2026-06-01", amount: 1_000, category: "repairs")
        try await a.expense(alpha, on: "2026-05-31", amount: 500, category: "utilities")

        let b = ReportsData(pool: app.pool, orgID: orgs.b.id)
        let gamma = try await b.building("Gamma B")
        let unitB = try await b.unit(gamma, "1")
        let carl = try await b.tenant("Carl B")
        let orgBLease = try await b.lease(unitB, start: "2026-01-01", rent: 70_000, parties: [(carl, "PRIMARY")])
        try await b.charge(orgBLease, due: "2026-06-01", amount: 99_999)
        try await b.payment(orgBLease, paidOn: "2026-06-03", amount: 1_111)
        try await b.expense(gamma, on: "2026-06-03", amount: 2_222, category: "repairs")
        return ReportsScenario(alpha: alpha, beta: beta, unit101: unit101, unit102: unit102, unit7: unit7, l1: l1, l2: l2, orgBLease: orgBLease)
    }
}
