import ArgumentParser
import Foundation
import HummingbirdBcrypt
import PortfolioRepositories

/// `portfolio seed-demo`: migrate, then load the demo portfolio (idempotent).
struct SeedDemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-demo",
        abstract: "Load the demo portfolio (two organizations, every role, a year of billing). Safe to re-run.")

    @OptionGroup var database: DatabaseCommandOptions

    func run() async throws {
        let files = try ProjectFiles.locate()
        let logger = try database.makeLogger()
        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let summary = try await withDatabase(database.databaseOptions(files: files), logger: logger) { db in
            try await db.migrate(from: files.migrationsPath)
            let seeder = DemoSeeder(
                pool: db.pool, logger: logger, throughMonth: (today.year!, today.month!),
                hashPassword: { password in Bcrypt.hash(password, cost: 10) })
            return try await seeder.run()
        }
        if summary.organizations == 0 {
            print("Demo data already present; nothing changed.")
        } else {
            print("""
                Demo data loaded: \(summary.organizations) organizations, \(summary.users) users, \
                \(summary.buildings) buildings, \(summary.units) units, \(summary.tenants) tenants, \
                \(summary.leases) leases, \(summary.charges) charges, \(summary.payments) payments, \
                \(summary.expenses) expenses, \(summary.familyMembers) family members, \(summary.invoices) invoices, \
                \(summary.depositRefunds) deposit refunds.
                Demo users: owner@, admin@, manager@, staff@, tenant@ harbor.example and maplegrove.example; \
                password \(DemoSeeder.demoPassword)
                """)
        }
    }
}
