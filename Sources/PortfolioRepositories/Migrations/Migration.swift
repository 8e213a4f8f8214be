import Crypto

/// One numbered SQL file from `migrations/`, identified by its version and guarded by a
/// checksum so an already-applied file that was edited afterwards is caught at start-up.
public struct Migration: Sendable, Hashable {
    /// The number the file name starts with (`0003_leasing.sql` → 3); applied in order.
    public let version: Int
    /// The rest of the file name without `.sql` (`leasing`).
    public let name: String
    /// The file's text.
    public let sql: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public let checksum: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hash(data: Array(sql.utf8))
            .map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }
            .joined()
    }

    /// The file name this migration was read from.
    public var fileName: String {
        Migration.paddedVersion(version) + "_" + name + ".sql"
    }
}

extension Migration {
    /// A version as file names write it: zero-padded to four digits (`3` → `0003`).
    public static func paddedVersion(_ version: Int) -> String {
        let digits = String(version)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
