import Foundation
import Logging
import MariaDB

/// Loads the demo portfolio: two organizations (a property manager in USD, an HOA in EUR),
/// users of every role, buildings with floors and units, tenants, leases, a year of rent
/// charges with payments (most paid, some partial, some late — so reports have something to
/// show), expenses, family members, invoices, and ended leases with deposit refunds.
///
/// Deterministic (a fixed random seed) and idempotent: an organization whose slug already
/// exists is left as it is, so re-running changes nothing. Each organization is written in
/// one transaction.
public struct DemoSeeder: Sendable {
    public let pool: MariaDBPool
    public let logger: Logger
    /// Hashes a demo user's password the way sign-in checks it (bcrypt in the server).
    public let hashPassword: @Sendable (String) throws -> String
    /// The month the demo's year of charges ends with (YYYY, MM).
    public let throughMonth: (year: Int, month: Int)

    /// The password of every demo user (documented in the README).
    public static let demoPassword = "portfolio-demo-1"

    public init(
        pool: MariaDBPool, logger: Logger, throughMonth: (year: Int, month: Int),
        hashPassword: @escaping @Sendable (String) throws -> String
    ) {
        self.pool = pool
        self.logger = logger
        self.throughMonth = throughMonth
        self.hashPassword = hashPassword
    }

    /// What one run wrote.
    public struct Summary: Sendable, Equatable {
        public var organizations = 0
        public var users = 0
        public var buildings = 0
        public var units = 0
        public var tenants = 0
        public var leases = 0
        public var charges = 0
        public var payments = 0
        public var expenses = 0
        public var familyMembers = 0
        public var invoices = 0
        public var depositRefunds = 0
    }

    public func run() async throws -> Summary {
        var summary = Summary()
        let passwordHash = try hashPassword(Self.demoPassword)
        for plan in DemoPlan.organizations {
            let exists = try await pool.query("SELECT id FROM organizations WHERE slug = ?", [plan.slug])
            if !exists.isEmpty {
                logger.info("demo organization \(plan.slug) already present; left unchanged")
                continue
            }
            logger.info("seeding demo organization \(plan.name)")
            let written = try await pool.transaction { connection in
                var writer = DemoWriter(
                    connection: connection, plan: plan, passwordHash: passwordHash, throughMonth: throughMonth)
                try await writer.write()
                return writer.summary
            }
            summary.add(written)
            logger.info(
                "seeded \(plan.slug)",
                metadata: [
                    "units": "\(written.units)", "leases": "\(written.leases)", "charges": "\(written.charges)",
                    "payments": "\(written.payments)",
                ])
        }
        return summary
    }
}

extension DemoSeeder.Summary {
    mutating func add(_ other: DemoSeeder.Summary) {
        organizations += other.organizations
        users += other.users
        buildings += other.buildings
        units += other.units
        tenants += other.tenants
        leases += other.leases
        charges += other.charges
        payments += other.payments
        expenses += other.expenses
        familyMembers += other.familyMembers
        invoices += other.invoices
        depositRefunds += other.depositRefunds
    }
}
