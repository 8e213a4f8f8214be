import ArgumentParser
import PortfolioRepositories

/// `portfolio migrate up|status|resolve`: the migration runner from the command line.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply or inspect database migrations.",
        subcommands: [Up.self, Status.self, Resolve.self],
        defaultSubcommand: Status.self
    )

    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply every pending migration.")
        @OptionGroup var database: DatabaseCommandOptions

        func run() async throws {
            let files = try ProjectFiles.locate()
            let logger = try database.makeLogger()
            let applied = try await withDatabase(database.databaseOptions(files: files), logger: logger) { db in
                try await db.migrate(from: files.migrationsPath)
            }
            print(applied.isEmpty ? "Nothing to apply: the database is up to date." : "Applied migrations: \(applied.map(String.init).joined(separator: ", "))")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List applied, pending and unfinished migrations.")
        @OptionGroup var database: DatabaseCommandOptions

        func run() async throws {
            let files = try ProjectFiles.locate()
            let logger = try database.makeLogger()
            let lines = try await withDatabase(database.databaseOptions(files: files), logger: logger) { db in
                let runner = MigrationRunner(
                    pool: db.pool, migrations: try MigrationSource.load(from: files.migrationsPath), logger: logger)
                return try await runner.status()
            }
            for line in lines {
                let version = Migration.paddedVersion(line.version)
                print("\(version)  \(line.state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(line.checksum.prefix(12))  \(line.appliedAt ?? "-")  \(line.name)")
            }
        }
    }

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Settle a migration left unfinished after its changes were repaired by hand (docs/migrations.md)."
        )
        @OptionGroup var database: DatabaseCommandOptions
        @Argument(help: "The unfinished migration's version.") var version: Int
        @Flag(help: "Its changes were undone by hand: forget it so `migrate up` runs it again.") var rolledBack = false

        func run() async throws {
            let files = try ProjectFiles.locate()
            let logger = try database.makeLogger()
            try await withDatabase(database.databaseOptions(files: files), logger: logger) { db in
                let runner = MigrationRunner(
                    pool: db.pool, migrations: try MigrationSource.load(from: files.migrationsPath), logger: logger)
                try await runner.resolve(version: version, asApplied: !rolledBack)
            }
            print(rolledBack ? "Migration \(version) forgotten; `migrate up` will run it again." : "Migration \(version) marked applied.")
        }
    }
}
