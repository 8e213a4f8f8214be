import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PortfolioAPI
import PortfolioHTTP

/// Builds the real router around an API and drives it in process.
enum TestApp {
    static let logger = Logger(label: "http.tests")

    static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// The API built from the real `schema.graphql`.
    static func portfolioAPI(services: APIServices) throws -> PortfolioAPI {
        let sdl = try SchemaSource.read(root: repositoryRoot)
        return try PortfolioAPI(sdl: sdl, services: services, logger: logger)
    }

    static func run(
        api: PortfolioAPI, services: APIServices, maxBodyBytes: Int = 1 << 20,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let router = buildRouter(api: api, services: services, settings: HTTPServerSettings(maxBodyBytes: maxBodyBytes))
        try await Application(router: router, logger: logger).test(.router) { client in try await body(client) }
    }

    /// A router around an arbitrary schema (for behaviours `schema.graphql` has no field for yet).
    static func run(
        endpoint: GraphQLEndpoint, _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let router = Router(context: PortfolioRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        GraphQLRoutes(endpoint: endpoint, maxBodyBytes: 1 << 20).register(on: router)
        try await Application(router: router, logger: logger).test(.router) { client in try await body(client) }
    }

    static let offlineServices = APIServices(pool: nil, isDatabaseReachable: { false })
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: Value? { try? JSONReader().read(Array(body.readableBytesView)) }
}

func jsonBody(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

let graphQLHeaders: HTTPFields = [.contentType: "application/json", .accept: "application/graphql-response+json"]
