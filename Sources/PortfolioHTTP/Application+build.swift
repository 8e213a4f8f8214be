import Foundation
import Hummingbird
import Logging
import PortfolioAPI

/// Settings of the HTTP server.
public struct HTTPServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted (413 above).
    public var maxBodyBytes: Int
    /// Whether the client address for rate limits is taken from `X-Forwarded-For` (its
    /// last entry, the one the nearest proxy added). Turn on only behind a reverse proxy
    /// that sets the header; otherwise clients could pick their own address.
    public var trustForwardedFor: Bool
    /// Where uploaded attachments are stored by content hash (`POST /attachments`).
    public var attachmentsDirectory: String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 1 << 20, trustForwardedFor: Bool = false,
        attachmentsDirectory: String = ProcessInfo.processInfo.environment["PORTFOLIO_ATTACHMENTS_DIR"] ?? "data/attachments"
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.trustForwardedFor = trustForwardedFor
        self.attachmentsDirectory = attachmentsDirectory
    }
}

/// Builds the router: middleware first (request id), then `/graphql`, `/healthz`, `/readyz`.
/// Separate from `buildApplication` so tests drive the same router in process.
public func buildRouter(api: PortfolioAPI, services: APIServices, settings: HTTPServerSettings) -> Router<PortfolioRequestContext> {
    let router = Router(context: PortfolioRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    GraphQLRoutes(
        endpoint: api.endpoint, maxBodyBytes: settings.maxBodyBytes,
        credentials: CredentialExtractor(trustForwardedFor: settings.trustForwardedFor),
        cookies: SessionCookieWriter(secure: services.auth.secureCookies)
    ).register(on: router)
    HealthRoutes(isDatabaseReachable: services.isDatabaseReachable).register(on: router)
    AttachmentRoutes(service: AttachmentService(services: services, directory: settings.attachmentsDirectory, logger: Logger(label: "attachments")), credentials: CredentialExtractor(trustForwardedFor: settings.trustForwardedFor)).register(on: router)
    ExportRoutes(endpoint: api.endpoint, credentials: CredentialExtractor(trustForwardedFor: settings.trustForwardedFor)).register(on: router)
    return router
}

/// The Hummingbird application serving PortfolioOS. Run it with `runService()`, which stops
/// accepting connections on SIGINT/SIGTERM and lets in-flight requests finish.
public func buildApplication(
    api: PortfolioAPI, services: APIServices, settings: HTTPServerSettings, logger: Logger
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(api: api, services: services, settings: settings),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "PortfolioOS"),
        logger: logger)
}
