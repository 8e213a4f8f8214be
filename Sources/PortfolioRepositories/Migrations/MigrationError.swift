/// Why migrations could not be loaded or applied. Each case says what to do about it.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The migrations folder does not exist or cannot be read.
    case folderUnreadable(path: String, reason: String)
    /// A `.sql` file's name does not follow `NNNN_name.sql`.
    case badFileName(String)
    /// Two files share a version number.
    case duplicateVersion(Int, [String])
    /// A file that was already applied has different contents now.
    case checksumMismatch(version: Int, fileName: String, applied: String, current: String)
    /// The database records a migration that no file provides any more.
    case missingFile(version: Int, name: String)
    /// A migration started but never finished (MariaDB commits DDL implicitly, so it may
    /// have left part of its changes behind). See docs/migrations.md for the recovery.
    case unfinished(version: Int, name: String)
    /// A statement of a migration failed; the migration is recorded as unfinished.
    case statementFailed(version: Int, fileName: String, statementIndex: Int, underlying: String)

    public var description: String {
        switch self {
        case .folderUnreadable(let path, let reason):
            return "cannot read migrations folder \(path): \(reason)"
        case .badFileName(let name):
            return "migration file \(name) is not named NNNN_name.sql"
        case .duplicateVersion(let version, let files):
            return "migration version \(version) is used by several files: \(files.joined(separator: ", "))"
        case .checksumMismatch(let version, let fileName, let applied, let current):
            return "migration \(version) (\(fileName)) was changed after it was applied "
                + "(applied checksum \(applied.prefix(12))…, file now \(current.prefix(12))…); "
                + "restore the file and add a new migration instead"
        case .missingFile(let version, let name):
            return "migration \(version) (\(name)) is recorded as applied but its file is missing"
        case .unfinished(let version, let name):
            return "migration \(version) (\(name)) started but did not finish; repair the schema by hand, "
                + "then run `portfolio migrate resolve \(version)` (see docs/migrations.md)"
        case .statementFailed(let version, let fileName, let index, let underlying):
            return "migration \(version) (\(fileName)) failed at statement \(index + 1): \(underlying)"
        }
    }
}
