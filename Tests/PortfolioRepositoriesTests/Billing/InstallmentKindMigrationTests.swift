import DatabaseTestSupport
import Foundation
import Logging
import MariaDB
import Testing

@testable import PortfolioRepositories

/// Migration 0009 on a database that already has installment charges written as OTHER:
/// those become INSTALLMENT, every other charge keeps its kind, and the column then accepts
/// INSTALLMENT.
@Suite struct InstallmentKindMigrationTests {
    @Test func convertsOtherChargesOfPlansOnly() async throws {
        try await TestDatabase.withPool { pool in
            let logger = Logger(label: "migrations.tests")
            let all = try MigrationSource.load(from: RepositoryRoot.migrations)
            try await MigrationRunner(pool: pool, migrations: all.filter { $0.version < 9 }, logger: logger).up()

            let org = UUID(), building = UUID(), unit = UUID(), lease = UUID(), plan = UUID()
            try await pool.execute(
                "INSERT INTO organizations (id, name, slug, created_at, updated_at) VALUES (?, 'Org', ?, NOW(6), NOW(6))",
                [org, "org-" + org.uuidString.prefix(8).lowercased()])
            try await pool.execute(
                "INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, 'B1', 'B', NOW(6), NOW(6))", [building, org])
            try await pool.execute(
                "INSERT INTO units (id, org_id, building_id, label, created_at, updated_at) VALUES (?, ?, ?, 'U1', NOW(6), NOW(6))",
                [unit, org, building])
            try await pool.execute(
                """
                INSERT INTO leases (id, org_id, unit_id, start_date, rent_minor, due_day, status, created_at, updated_at)
                VALUES (?, ?, ?, '2026-01-01', 1000, 1, 'ACTIVE', NOW(6), NOW(6))
                """, [lease, org, unit])
            try await pool.execute(
                "INSERT INTO installment_plans (id, org_id, lease_id, description, total_minor, installments, created_at) VALUES (?, ?, ?, 'Repairs', 300, 2, NOW(6))",
                [plan, org, lease])
            func charge(_ kind: String, plan: UUID?) async throws -> UUID {
                let id = UUID()
                try await pool.execute(
                    """
                    INSERT INTO charges (id, org_id, lease_id, kind, description, amount_minor, due_date, installment_plan_id, created_at)
                    VALUES (?, ?, ?, ?, 'c', 150, '2026-02-01', ?, NOW(6))
                    """, [id, org, lease, kind, plan])
                return id
            }
            let first = try await charge("OTHER", plan: plan)
            let second = try await charge("OTHER", plan: plan)
            let other = try await charge("OTHER", plan: nil)
            let utility = try await charge("UTILITY", plan: nil)

            let applied = try await MigrationRunner(pool: pool, migrations: all, logger: logger).up()
            #expect(applied.contains(9))
            func kind(_ id: UUID) async throws -> String {
                try await pool.query("SELECT kind FROM charges WHERE id = ?", [id])[0].decode("kind")
            }
            #expect(try await kind(first) == "INSTALLMENT")
            #expect(try await kind(second) == "INSTALLMENT")
            #expect(try await kind(other) == "OTHER")
            #expect(try await kind(utility) == "UTILITY")
            let fresh = try await charge("INSTALLMENT", plan: plan)
            #expect(try await kind(fresh) == "INSTALLMENT")
            let record = try #require(try await pool.withConnection {
                try await RecordLookup.find(ChargeRecord.self, id: fresh.uuidString, scope: RecordScope(orgID: org), on: $0)
            })
            #expect(record.kind == .installment)
        }
    }
}
