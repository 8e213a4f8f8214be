import DatabaseTestSupport
import Logging
import MariaDB
import Testing

@testable import PortfolioRepositories

/// The demo seeder on a migrated database: it writes a consistent portfolio, and a second
/// run changes nothing.
@Suite struct DemoSeederTests {
    @Test func seedsAConsistentPortfolioOnceAndIsIdempotent() async throws {
        try await TestDatabase.withPool { pool in
            let logger = Logger(label: "demo.tests")
            try await MigrationRunner(pool: pool, migrations: try MigrationSource.load(from: RepositoryRoot.migrations), logger: logger).up()
            let seeder = DemoSeeder(
                pool: pool, logger: logger, throughMonth: (2026, 11), hashPassword: { "hash:" + $0 })

            let first = try await seeder.run()
            #expect(first.organizations == 2)
            #expect(first.users == 10)
            #expect(first.units == 16 + 15 + 12 + 9)
            #expect(first.leases > 30 && first.tenants == first.leases + 2, "one tenant per lease, plus a co-tenant in each organization")
            #expect(first.charges > first.leases * 3)
            #expect(first.payments > 0 && first.payments <= first.charges)
            #expect(first.expenses >= 4 * 12)
            #expect(first.familyMembers > 0)
            #expect(first.invoices > 0 && first.invoices < first.leases)
            #expect(first.depositRefunds >= 2, "ended leases with a refund on vacant units of each organization")
            let refunds = try await pool.query(
                "SELECT COUNT(*) AS n FROM deposit_refunds r JOIN leases l ON l.id = r.lease_id WHERE l.status = 'ENDED' AND r.amount_minor < l.deposit_minor")
            #expect(try refunds[0].decode("n", as: Int64.self) == Int64(first.depositRefunds))

            // Every role exists in every organization.
            let roles = try await pool.query("SELECT COUNT(DISTINCT org_id, role) AS n FROM memberships")
            #expect(try roles[0].decode("n", as: Int64.self) == 10)
            // No charge is over-allocated, and nothing crosses organizations.
            let overAllocated = try await pool.query("""
                SELECT COUNT(*) AS n FROM charges c
                JOIN (SELECT charge_id, SUM(amount_minor) AS paid FROM allocations GROUP BY charge_id) a ON a.charge_id = c.id
                WHERE a.paid > c.amount_minor
                """)
            #expect(try overAllocated[0].decode("n", as: Int64.self) == 0)
            let crossOrg = try await pool.query("""
                SELECT COUNT(*) AS n FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN charges c ON c.id = a.charge_id
                WHERE a.org_id <> p.org_id OR a.org_id <> c.org_id OR p.lease_id <> c.lease_id
                """)
            #expect(try crossOrg[0].decode("n", as: Int64.self) == 0)
            // Some rent is outstanding, so the delinquency report has something to show.
            let unpaid = try await pool.query("""
                SELECT COUNT(*) AS n FROM charges c LEFT JOIN allocations a ON a.charge_id = c.id WHERE a.id IS NULL
                """)
            #expect(try unpaid[0].decode("n", as: Int64.self) > 0)

            // Each organization shows every billing case: installments, a voided charge, a
            // reversed payment, a co-tenant, a unit under maintenance.
            let showcase = try await pool.query("""
                SELECT o.id,
                  (SELECT COUNT(*) FROM charges c WHERE c.org_id = o.id AND c.kind = 'INSTALLMENT' AND c.installment_plan_id IS NOT NULL) AS installments,
                  (SELECT COUNT(*) FROM charges c WHERE c.org_id = o.id AND c.voided_at IS NOT NULL) AS voided,
                  (SELECT COUNT(*) FROM payments p WHERE p.org_id = o.id AND p.reversed_at IS NOT NULL) AS reversed,
                  (SELECT COUNT(*) FROM lease_parties lp WHERE lp.org_id = o.id AND lp.role = 'CO_TENANT') AS co_tenants,
                  (SELECT COUNT(*) FROM units u WHERE u.org_id = o.id AND u.status = 'MAINTENANCE') AS maintenance
                FROM organizations o
                """)
            #expect(showcase.count == 2)
            for row in showcase {
                #expect(try row.decode("installments", as: Int64.self) == 3)
                #expect(try row.decode("voided", as: Int64.self) >= 1)
                #expect(try row.decode("reversed", as: Int64.self) >= 1)
                #expect(try row.decode("co_tenants", as: Int64.self) >= 1)
                #expect(try row.decode("maintenance", as: Int64.self) == 1)
            }
            // settled_on agrees with the allocations of standing payments on every charge.
            let unsettledWrongly = try await pool.query("""
                SELECT COUNT(*) AS n FROM charges c
                LEFT JOIN (SELECT a.charge_id, SUM(a.amount_minor) AS paid, MAX(p.paid_on) AS last_paid
                           FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE p.reversed_at IS NULL GROUP BY a.charge_id) s
                  ON s.charge_id = c.id
                WHERE NOT (c.settled_on <=> IF(c.voided_at IS NULL AND s.paid >= c.amount_minor, s.last_paid, NULL))
                """)
            #expect(try unsettledWrongly[0].decode("n", as: Int64.self) == 0)
            let settled = try await pool.query("SELECT COUNT(*) AS n FROM charges WHERE settled_on IS NOT NULL")
            #expect(try settled[0].decode("n", as: Int64.self) > 0)

            let second = try await seeder.run()
            #expect(second == DemoSeeder.Summary())
            let organizations = try await pool.query("SELECT COUNT(*) AS n FROM organizations")
            #expect(try organizations[0].decode("n", as: Int64.self) == 2)
        }
    }
}
