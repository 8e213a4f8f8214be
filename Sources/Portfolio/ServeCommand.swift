import ArgumentParser
import Foundation
import Hummingbird
import PortfolioAPI
import PortfolioHTTP
import PortfolioRepositories

/// `portfolio serve`: migrate, then serve HTTP until SIGINT/SIGTERM, then stop the
/// embedded MariaDB if one was started.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the GraphQL API.")

    @Option(help: "Address to listen on (env PORTFOLIO_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (env PORTFOLIO_PORT; default 8080).") var port: Int?
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted (env PORTFOLIO_MAX_BODY_BYTES; default 1048576).")
    var maxBodyBytes: Int?
    @OptionGroup var database: DatabaseCommandOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = HTTPServerSettings(
            host: host ?? environment["PORTFOLIO_HOST"] ?? "127.0.0.1",
            port: try port ?? environment["PORTFOLIO_PORT"].map { text in
                guard let value = Int(text), (0...65535).contains(value) else {
                    throw ValidationError("PORTFOLIO_PORT must be a port number, got \(text)")
                }
                return value
            } ?? 8080,
            maxBodyBytes: try maxBodyBytes ?? environment["PORTFOLIO_MAX_BODY_BYTES"].map { text in
                guard let value = Int(text), value > 0 else {
                    throw ValidationError("PORTFOLIO_MAX_BODY_BYTES must be a positive number, got \(text)")
                }
                return value
            } ?? 1 << 20,
            trustForwardedFor: environment["PORTFOLIO_TRUST_FORWARDED_FOR"] == "1")
        let files = try ProjectFiles.locate()
        let logger = try database.makeLogger()
        let sdl = try SchemaSource.read(root: files.root)
        let databaseOptions = database.databaseOptions(files: files)
        // Tokens signed by one instance must verify on every other: PORTFOLIO_TOKEN_KEY, else
        // a key generated once into the data directory (docs/security.md).
        let auth = AuthSettings(
            signingKey: try AuthSettings.loadSigningKey(environment: environment, dataDirectory: databaseOptions.dataDirectory),
            secureCookies: environment["PORTFOLIO_INSECURE_COOKIES"] != "1")
        try await withDatabase(databaseOptions, logger: logger) { db in
            try await db.migrate(from: files.migrationsPath)
            let services = APIServices(pool: db.pool, auth: auth, isDatabaseReachable: { await db.isReachable() })
            let api = try PortfolioAPI(sdl: sdl, services: services, logger: logger)
            let app = buildApplication(api: api, services: services, settings: settings, logger: logger)
            logger.info("serving PortfolioOS on http://\(settings.host):\(settings.port)/graphql")
            try await app.runService()
        }
    }
}
