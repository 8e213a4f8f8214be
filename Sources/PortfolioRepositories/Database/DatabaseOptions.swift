/// Where the server's data lives: a MariaDB named by URL, or the embedded one.
public struct DatabaseOptions: Sendable, Equatable {
    /// `mariadb://…` URL of an existing server; nil starts the embedded MariaDB.
    public var url: String?
    /// Folder for the embedded MariaDB (and other server data); created when missing.
    public var dataDirectory: String
    /// Folder with the numbered migration files.
    public var migrationsDirectory: String
    /// Connections the pool may hold open at once.
    public var maxConnections: Int

    public init(url: String?, dataDirectory: String, migrationsDirectory: String, maxConnections: Int = 16) {
        self.url = url
        self.dataDirectory = dataDirectory
        self.migrationsDirectory = migrationsDirectory
        self.maxConnections = maxConnections
    }

    /// The database the embedded server keeps PortfolioOS's tables in.
    public static let embeddedDatabaseName = "portfolio"
}
