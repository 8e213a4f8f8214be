/// Everything needed to open a connection to one MariaDB server.
///
/// Built by hand or parsed from a URL (see `init(url:)` and docs/mariadb-client.md).
/// The character set is always `utf8mb4` and the session time zone is always UTC
/// (`+00:00`), so text round-trips every Unicode scalar (emoji included) and
/// `TIMESTAMP` columns read back as the UTC instants that were written.
public struct MariaDBConfiguration: Sendable, Hashable {
    /// Where the server listens.
    public enum Endpoint: Sendable, Hashable {
        /// A TCP host name or address and port (MariaDB's default port is 3306).
        case tcp(host: String, port: Int)
        /// A unix domain socket path, e.g. the `mysqld.sock` of an embedded server.
        case unixSocket(path: String)
    }

    /// Where the server listens.
    public var endpoint: Endpoint
    /// The account to log in as.
    public var user: String
    /// The password; nil logs in without one (e.g. root on a private embedded server).
    public var password: String?
    /// The default database (schema) for the session; nil means none is selected.
    public var database: String?
    /// TLS settings; ignored for unix sockets, where the kernel already protects the bytes.
    public var tls: MariaDBTLS
    /// How long establishing a connection (TCP connect + handshake) may take.
    public var connectTimeout: Duration
    /// How long a single read from the server may block; nil waits as long as the server
    /// takes (a long report query must not be cut off by a transport timeout).
    public var readTimeout: Duration?
    /// How long a single write to the server may block; nil means no limit.
    public var writeTimeout: Duration?

    /// Creates a configuration.
    public init(
        endpoint: Endpoint,
        user: String,
        password: String? = nil,
        database: String? = nil,
        tls: MariaDBTLS = .disabled,
        connectTimeout: Duration = .seconds(10),
        readTimeout: Duration? = nil,
        writeTimeout: Duration? = nil
    ) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.writeTimeout = writeTimeout
    }

    /// A copy that selects another default database; used to give each test or tenant
    /// schema its own database on one server.
    public func withDatabase(_ database: String?) -> MariaDBConfiguration {
        var copy = self
        copy.database = database
        return copy
    }
}
