import ArgumentParser
import Foundation
import PortfolioHTTP
import PortfolioRepositories

/// `portfolio sweep-attachments`: removes stored attachment files no row refers to any more
/// (content shared by hash is never removed with a row) once they are older than a grace
/// period. Safe while the server runs; run it from cron, e.g. daily.
struct SweepAttachmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep-attachments",
        abstract: "Remove attachment files that no attachment refers to (after a grace period).")

    @Option(name: .customLong("attachments-dir"), help: "The attachment store (env PORTFOLIO_ATTACHMENTS_DIR; default data/attachments).")
    var attachmentsDirectory: String?
    @Option(name: .customLong("grace-hours"), help: "Keep files modified within this many hours (default 24).")
    var graceHours: Double = 24
    @Flag(name: .customLong("dry-run"), help: "Report what would be removed; remove nothing.")
    var dryRun = false
    @OptionGroup var database: DatabaseCommandOptions

    func validate() throws {
        guard graceHours >= 1 else { throw ValidationError("--grace-hours must be at least 1 (uploads in progress need it).") }
    }

    func run() async throws {
        let files = try ProjectFiles.locate()
        let logger = try database.makeLogger()
        let directory = attachmentsDirectory ?? HTTPServerSettings().attachmentsDirectory
        let sweep = AttachmentSweep(store: AttachmentStore(root: directory), gracePeriod: graceHours * 3600)
        let summary = try await withDatabase(database.databaseOptions(files: files), logger: logger) { db in
            try await db.migrate(from: files.migrationsPath)
            return try await sweep.run(pool: db.pool, dryRun: dryRun)
        }
        print("""
            \(dryRun ? "Would remove" : "Removed") \(summary.removedFiles) of \(summary.contentFiles) stored files \
            and \(summary.removedTemporaryFiles) abandoned temporary files, \(summary.freedBytes) bytes (\(directory)).
            """)
    }
}
