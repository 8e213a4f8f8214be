import ArgumentParser
import Foundation
import GraphQLEngine
import Logging
import PortfolioAPI

/// `portfolio schema`: prints the SDL the server serves — `schema.graphql` as the engine
/// built it, so what is printed is what introspection reports.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the GraphQL schema (SDL).")

    func run() async throws {
        let files = try ProjectFiles.locate()
        let sdl = try SchemaSource.read(root: files.root)
        let services = APIServices(pool: nil, isDatabaseReachable: { false })
        let api = try PortfolioAPI(sdl: sdl, services: services, logger: Logger(label: "portfolio"))
        print(printSchema(api.schema))
    }
}
