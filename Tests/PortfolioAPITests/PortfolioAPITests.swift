import Foundation
import GraphQLEngine
import Logging
import Testing

@testable import PortfolioAPI

/// The schema file and the resolver table must match exactly, both ways.
@Suite struct PortfolioAPITests {
    static var schemaText: String {
        get throws {
            var url = URL(fileURLWithPath: #filePath)
            for _ in 0..<3 { url.deleteLastPathComponent() }
            return try SchemaSource.read(root: url.path)
        }
    }

    let services = APIServices(pool: nil, isDatabaseReachable: { false })

    @Test func theShippedSchemaBindsEveryField() throws {
        let api = try PortfolioAPI(sdl: try Self.schemaText, services: services, logger: Logger(label: "test"))
        #expect(api.schema.fieldsWithoutResolver().isEmpty)
        #expect(api.schema.queryType?.name == "Query")
    }

    @Test func aFieldWithoutAResolverRefusesToStart() throws {
        let sdl = try Self.schemaText.replacingOccurrences(
            of: "\ntype Query {", with: "\ntype Query {\n  \"Not wired.\"\n  unwired: Int\n")
        #expect {
            _ = try PortfolioAPI(sdl: sdl, services: services, logger: Logger(label: "test"))
        } throws: { error in
            guard case PortfolioAPIError.unresolvedFields(let fields) = error else { return false }
            return fields == ["Query.unwired"]
        }
    }

    @Test func aResolverWithoutAFieldRefusesToStart() throws {
        let sdl = try Self.schemaText.replacingOccurrences(of: "  apiVersion: String!\n", with: "")
        #expect(throws: SchemaError.self) {
            _ = try PortfolioAPI(sdl: sdl, services: services, logger: Logger(label: "test"))
        }
    }
}
