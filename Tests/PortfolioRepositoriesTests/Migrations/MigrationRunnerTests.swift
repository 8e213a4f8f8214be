import DatabaseTestSupport
import Logging
import MariaDB
import Testing

@testable import PortfolioRepositories

/// The migration runner against a real MariaDB: applies, reports status, refuses a changed
/// file, and stops at a migration that failed part-way.
@Suite struct MigrationRunnerTests {
    let logger = Logger(label: "migrations.tests")

    @Test func appliesShippedMigrationsOnceAndReportsStatus() async throws {
        try await TestDatabase.withPool { pool in
            let migrations = try MigrationSource.load(from: RepositoryRoot.migrations)
            let runner = MigrationRunner(pool: pool, migrations: migrations, logger: logger)
            let pending = try await runner.status()
            #expect(pending.allSatisfy { $0.state == .pending })
            #expect(pending.count == migrations.count)

            let applied = try await runner.up()
            #expect(applied == migrations.map(\.version))
            #expect(try await runner.up().isEmpty, "a second run applies nothing")

            let status = try await runner.status()
            #expect(status.allSatisfy { $0.state == .applied && $0.appliedAt != nil })
            #expect(status.map(\.checksum) == migrations.map(\.checksum))

            // The business-rule keys exist: one rent charge per lease and month, unit label per building.
            let keys = try await pool.query(
                "SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0 AND INDEX_NAME IN ('uk_charges_lease_rent_month', 'uk_units_building_label') GROUP BY INDEX_NAME ORDER BY INDEX_NAME")
            #expect(try keys.map { try $0.decode("INDEX_NAME", as: String.self) } == ["uk_charges_lease_rent_month", "uk_units_building_label"])
        }
    }

    @Test func concurrentRunnersOfOneDatabaseApplyEachMigrationOnce() async throws {
        try await TestDatabase.withPool { pool in
            let migrations = try MigrationSource.load(from: RepositoryRoot.migrations)
            let first = MigrationRunner(pool: pool, migrations: migrations, logger: logger)
            let second = MigrationRunner(pool: pool, migrations: migrations, logger: logger)
            async let a = first.up()
            async let b = second.up()
            let (appliedA, appliedB) = try await (a, b)
            // The per-database lock serialises them: one applies everything, the other nothing.
            #expect((appliedA + appliedB).sorted() == migrations.map(\.version))
            #expect(appliedA.isEmpty || appliedB.isEmpty)
            let rows = try await pool.query("SELECT COUNT(*) AS n FROM schema_migrations")
            #expect(try rows[0].decode("n", as: Int64.self) == Int64(migrations.count))
        }
    }

    @Test func theLockIsPerDatabase() async throws {
        try await TestDatabase.withPool { pool in
            // Another session holds a server-wide lock named like the migration lock, as a
            // runner of a database with a server-wide lock would: this database's runner does
            // not wait for it (a server-wide lock made every test database queue behind the
            // others and time out on a busy machine).
            try await pool.withConnection { other in
                let got = try await other.query("SELECT GET_LOCK(?, 5) AS got", [MigrationRunner.lockName])
                #expect(try got.first?.decode("got", as: Int64?.self) == 1)
                let applied = try await MigrationRunner(
                    pool: pool, migrations: try MigrationSource.load(from: RepositoryRoot.migrations), logger: logger).up()
                #expect(!applied.isEmpty)
                _ = try await other.query("SELECT RELEASE_LOCK(?) AS released", [MigrationRunner.lockName])
            }
        }
    }

    @Test func refusesAnAppliedFileThatChanged() async throws {
        try await TestDatabase.withPool { pool in
            let original = [Migration(version: 1, name: "first", sql: "CREATE TABLE first_table (x INT);")]
            try await MigrationRunner(pool: pool, migrations: original, logger: logger).up()

            let edited = [Migration(version: 1, name: "first", sql: "CREATE TABLE first_table (x BIGINT);")]
            await #expect {
                try await MigrationRunner(pool: pool, migrations: edited, logger: logger).up()
            } throws: { error in
                guard case MigrationError.checksumMismatch(version: 1, fileName: "0001_first.sql", _, _) = error else { return false }
                return true
            }
            let missing = [Migration(version: 2, name: "second", sql: "CREATE TABLE second_table (x INT);")]
            await #expect(throws: MigrationError.missingFile(version: 1, name: "first")) {
                try await MigrationRunner(pool: pool, migrations: missing, logger: logger).up()
            }
        }
    }

    @Test func aFailedMigrationIsRecordedUnfinishedAndBlocksLaterRuns() async throws {
        try await TestDatabase.withPool { pool in
            let broken = [
                Migration(version: 1, name: "ok", sql: "CREATE TABLE ok_table (x INT);"),
                Migration(
                    version: 2, name: "broken",
                    sql: "CREATE TABLE half_done (x INT);\nCREATE TABLE half_done (x INT);"),
            ]
            let runner = MigrationRunner(pool: pool, migrations: broken, logger: logger)
            await #expect {
                try await runner.up()
            } throws: { error in
                guard case MigrationError.statementFailed(version: 2, fileName: "0002_broken.sql", statementIndex: 1, _) = error
                else { return false }
                return true
            }
            let status = try await runner.status()
            #expect(status.map(\.state) == [.applied, .unfinished])
            await #expect(throws: MigrationError.unfinished(version: 2, name: "broken")) { try await runner.up() }

            // Recovery: undo by hand, forget the record, fix the file, run again.
            try await pool.execute("DROP TABLE half_done")
            try await runner.resolve(version: 2, asApplied: false)
            let fixed = [broken[0], Migration(version: 2, name: "broken", sql: "CREATE TABLE half_done (x INT);")]
            #expect(try await MigrationRunner(pool: pool, migrations: fixed, logger: logger).up() == [2])
        }
    }
}
