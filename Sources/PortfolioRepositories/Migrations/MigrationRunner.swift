import Logging
import MariaDB

/// Applies the numbered SQL files of `migrations/` in order and records each, with its
/// checksum, in `schema_migrations`.
///
/// MariaDB commits DDL implicitly, so a migration cannot be rolled back as a whole. The
/// runner therefore records a migration as `started` before its first statement and as
/// `applied` after its last: a row left `started` means a migration failed part-way, and
/// the runner refuses to go on until someone has repaired the schema and resolved the row
/// (docs/migrations.md). Concurrent runners (several instances starting at once) are
/// serialised with a named lock, so each migration runs once.
public struct MigrationRunner: Sendable {
    public let pool: MariaDBPool
    public let migrations: [Migration]
    public let logger: Logger

    public init(pool: MariaDBPool, migrations: [Migration], logger: Logger) {
        self.pool = pool
        self.migrations = migrations
        self.logger = logger
    }

    /// One line of `migrate status`.
    public struct Status: Sendable, Equatable {
        public enum State: String, Sendable, Equatable {
            case applied, pending, unfinished
        }
        public let version: Int
        public let name: String
        public let state: State
        public let checksum: String
        /// "YYYY-MM-DD HH:MM:SS" UTC for applied migrations.
        public let appliedAt: String?
    }

    static let lockName = "portfolio_schema_migrations"
    /// The lock is per database (a server-wide user lock named after the schema's MD5, to
    /// stay under 64 characters): runners of the same database wait for each other, while
    /// databases on one server (every test has its own) migrate side by side.
    static let lockExpression = "CONCAT(?, ':', MD5(DATABASE()))"

    /// Applies every pending migration; returns the versions it applied, in order.
    ///
    /// Throws before touching anything when an applied file changed, a recorded file is
    /// missing, or an earlier migration is unfinished.
    @discardableResult
    public func up() async throws -> [Int] {
        try await pool.withConnection { connection in
            try await connection.execute(Self.createTableSQL)
            let locked = try await connection.query("SELECT GET_LOCK(\(Self.lockExpression), 60) AS got", [Self.lockName])
            guard try locked.first?.decode("got", as: Int64?.self) == 1 else {
                throw MigrationError.unfinished(version: 0, name: "could not take the migration lock within 60 s")
            }
            do {
                let applied = try await appliedVersions(connection)
                var done: [Int] = []
                for migration in migrations where applied[migration.version] == nil {
                    try await apply(migration, connection)
                    done.append(migration.version)
                }
                _ = try await connection.query("SELECT RELEASE_LOCK(\(Self.lockExpression)) AS released", [Self.lockName])
                return done
            } catch {
                _ = try? await connection.query("SELECT RELEASE_LOCK(\(Self.lockExpression)) AS released", [Self.lockName])
                throw error
            }
        }
    }

    /// Every migration known from files or from the database, with its state.
    public func status() async throws -> [Status] {
        try await pool.withConnection { connection in
            try await connection.execute(Self.createTableSQL)
            let rows = try await connection.query(
                "SELECT version, name, checksum, state, DATE_FORMAT(applied_at, '%Y-%m-%d %H:%i:%s') AS applied_at FROM schema_migrations ORDER BY version"
            )
            var recorded: [Int: Status] = [:]
            for row in rows {
                let version = Int(try row.decode("version", as: Int64.self))
                let state: Status.State = try row.decode("state", as: String.self) == "applied" ? .applied : .unfinished
                recorded[version] = Status(
                    version: version, name: try row.decode("name", as: String.self), state: state,
                    checksum: try row.decode("checksum", as: String.self),
                    appliedAt: try row.decode("applied_at", as: String?.self))
            }
            var result: [Status] = migrations.map { migration in
                recorded[migration.version]
                    ?? Status(version: migration.version, name: migration.name, state: .pending,
                        checksum: migration.checksum, appliedAt: nil)
            }
            let known = Set(migrations.map(\.version))
            result += recorded.values.filter { !known.contains($0.version) }
            return result.sorted { $0.version < $1.version }
        }
    }

    /// Marks an unfinished migration as applied after its changes were completed by hand,
    /// or removes its record (`asApplied: false`) after they were undone by hand, so the
    /// next `up` runs it again.
    public func resolve(version: Int, asApplied: Bool) async throws {
        try await pool.withConnection { connection in
            if asApplied {
                guard let migration = migrations.first(where: { $0.version == version }) else {
                    throw MigrationError.missingFile(version: version, name: "?")
                }
                try await connection.execute(
                    "UPDATE schema_migrations SET state = 'applied', checksum = ?, applied_at = UTC_TIMESTAMP(6) WHERE version = ? AND state = 'started'",
                    [migration.checksum, version])
            } else {
                try await connection.execute(
                    "DELETE FROM schema_migrations WHERE version = ? AND state = 'started'", [version])
            }
        }
    }

    // MARK: - Steps

    private func appliedVersions(_ connection: MariaDBConnection) async throws -> [Int: String] {
        let rows = try await connection.query("SELECT version, name, checksum, state FROM schema_migrations ORDER BY version")
        let files = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        var applied: [Int: String] = [:]
        for row in rows {
            let version = Int(try row.decode("version", as: Int64.self))
            let name = try row.decode("name", as: String.self)
            let checksum = try row.decode("checksum", as: String.self)
            if try row.decode("state", as: String.self) != "applied" {
                throw MigrationError.unfinished(version: version, name: name)
            }
            guard let file = files[version] else { throw MigrationError.missingFile(version: version, name: name) }
            if file.checksum != checksum {
                throw MigrationError.checksumMismatch(
                    version: version, fileName: file.fileName, applied: checksum, current: file.checksum)
            }
            applied[version] = checksum
        }
        return applied
    }

    private func apply(_ migration: Migration, _ connection: MariaDBConnection) async throws {
        logger.info("applying migration \(migration.fileName)")
        let clock = ContinuousClock()
        let started = clock.now
        try await connection.execute(
            "INSERT INTO schema_migrations (version, name, checksum, state, started_at) VALUES (?, ?, ?, 'started', UTC_TIMESTAMP(6))",
            [migration.version, migration.name, migration.checksum])
        let statements = SQLScript.statements(in: migration.sql)
        for (index, statement) in statements.enumerated() {
            do {
                try await connection.execute(statement)
            } catch {
                throw MigrationError.statementFailed(
                    version: migration.version, fileName: migration.fileName, statementIndex: index,
                    underlying: "\(error)")
            }
        }
        try await connection.execute(
            "UPDATE schema_migrations SET state = 'applied', applied_at = UTC_TIMESTAMP(6) WHERE version = ?",
            [migration.version])
        logger.info(
            "applied migration \(migration.fileName)",
            metadata: ["statements": "\(statements.count)", "duration": "\(clock.now - started)"])
    }

    static let createTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INT          NOT NULL PRIMARY KEY,
            name        VARCHAR(200) NOT NULL,
            checksum    CHAR(64)     NOT NULL,
            state       ENUM('started','applied') NOT NULL,
            started_at  DATETIME(6)  NOT NULL,
            applied_at  DATETIME(6)  NULL
        ) ENGINE=InnoDB
        """
}
