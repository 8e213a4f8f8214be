import ArgumentParser
import Foundation
import Logging
import PortfolioRepositories

/// Options every subcommand that touches the database shares, so each one finds the same
/// database the same way: `--database-url` / `DATABASE_URL`, else the embedded MariaDB in
/// `--data-dir` / `PORTFOLIO_DATA_DIR`.
struct DatabaseCommandOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "MariaDB URL (env DATABASE_URL); omit to use the embedded MariaDB.")
    var databaseURL: String?

    @Option(name: .customLong("data-dir"), help: "Data folder for the embedded MariaDB (env PORTFOLIO_DATA_DIR; default ./data).")
    var dataDirectory: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error (env LOG_LEVEL; default info).")
    var logLevel: String?

    func databaseOptions(files: ProjectFiles) -> DatabaseOptions {
        let environment = ProcessInfo.processInfo.environment
        let url = databaseURL ?? environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let dataDirectory = self.dataDirectory ?? environment["PORTFOLIO_DATA_DIR"] ?? "./data"
        let absoluteData = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        return DatabaseOptions(url: url, dataDirectory: absoluteData, migrationsDirectory: files.migrationsPath)
    }

    func makeLogger(label: String = "portfolio") throws -> Logger {
        let name = logLevel ?? ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: name.lowercased()) else {
            throw ValidationError("unknown log level \(name); use trace, debug, info, notice, warning, error or critical")
        }
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}

/// Opens the configured database, runs `body`, and always shuts the database down after
/// (stopping the embedded MariaDB if one was started).
func withDatabase<R>(
    _ options: DatabaseOptions, logger: Logger, _ body: (Database) async throws -> R
) async throws -> R {
    let database = try await Database.open(options, logger: logger)
    do {
        let result = try await body(database)
        await database.shutdown()
        return result
    } catch {
        await database.shutdown()
        throw error
    }
}
