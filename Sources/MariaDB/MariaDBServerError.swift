/// Why a private `mariadbd` could not be prepared, started or stopped.
public enum MariaDBServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A server program is not installed; `searched` lists the directories looked in.
    case executableNotFound(name: String, searched: [String])
    /// `mariadb-install-db` failed; `output` is what it printed.
    case initializationFailed(status: Int32, output: String)
    /// `mariadbd` exited or did not accept connections in time; `errorLog` is the tail of
    /// its error log, which usually says why (port in use, bad option, corrupt files).
    case startupFailed(reason: String, errorLog: String)
    /// Another `mariadbd` already runs on this data directory.
    case alreadyRunning(pid: Int32, dataDirectory: String)
    /// A database name outside `[A-Za-z0-9_]` (refused rather than quoted).
    case invalidDatabaseName(String)
    /// The unix socket path would exceed the kernel's limit (107 bytes).
    case socketPathTooLong(String)

    public var description: String {
        switch self {
        case .executableNotFound(let name, let searched):
            "\(name) was not found (searched PATH, \(searched.joined(separator: ", "))); install the Debian package mariadb-server (sudo apt-get install -y mariadb-server)"
        case .initializationFailed(let status, let output):
            "mariadb-install-db failed with status \(status):\n\(output)"
        case .startupFailed(let reason, let errorLog):
            "mariadbd did not start: \(reason)\n--- mariadbd error log (tail) ---\n\(errorLog)"
        case .alreadyRunning(let pid, let dataDirectory):
            "a mariadbd (pid \(pid)) is already running on \(dataDirectory); stop it first"
        case .invalidDatabaseName(let name):
            "invalid database name '\(name)': use letters, digits and underscores"
        case .socketPathTooLong(let path):
            "unix socket path is too long for the kernel (max 107 bytes): \(path); use a shorter directory"
        }
    }
}
