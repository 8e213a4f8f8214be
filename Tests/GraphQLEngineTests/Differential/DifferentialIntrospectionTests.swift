import Foundation
import GraphQLEngine
import Testing

/// The introspection round trip: our engine executes the full introspection query (every
/// option on) on a schema built from SDL; graphql-core rebuilds a schema from that JSON
/// (`build_client_schema`) and prints it. The print must equal graphql-core's print of
/// the same SDL, and our own `printSchema`: so every type, field, argument, default value,
/// description, deprecation, `specifiedByURL`, `isOneOf` and directive survives.
@Suite("Differential: introspection round trip through graphql-core")
struct DifferentialIntrospectionTests {
    static func queryText() throws -> String {
        try RepositoryFiles.read(RepositoryFiles.corpus.appendingPathComponent("introspection-query.graphql"))
    }

    /// The SDL files the round trip runs on: the ~60-type differential schema and the
    /// server's own schema.graphql (with its `schema/*.graphql` area files appended, as the
    /// server reads it).
    static let schemaFiles = [
        "Tests/GraphQLEngineTests/Differential/Corpus/schema.graphql",
        "schema.graphql",
    ]

    @Test("Our introspection query is graphql-core's full query with every option on")
    func queryIsTheFullIntrospectionQuery() throws {
        let reference = try GraphQLCoreOracle.introspectionQuery()
        // Both texts go through our parser and printer, so only their content is compared.
        #expect(printAST(try parse(try Self.queryText())) == printAST(try parse(reference.query)))
    }

    @Test("build_client_schema of our introspection prints like the SDL", arguments: schemaFiles)
    func roundTrip(file: String) async throws {
        var sdl = try RepositoryFiles.read(RepositoryFiles.root.appendingPathComponent(file))
        if file == "schema.graphql" {
            let folder = RepositoryFiles.root.appendingPathComponent("schema")
            let areas = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for area in areas.filter({ $0.hasSuffix(".graphql") }).sorted() {
                sdl += "\n" + (try RepositoryFiles.read(folder.appendingPathComponent(area)))
            }
        }
        let schema = try buildSchema(sdl)
        let result = await execute(schema: schema, document: try parse(try Self.queryText()))
        #expect(result.errors.isEmpty, "introspection errors: \(result.errors)")
        let data = try #require(result.data)
        let answer = try GraphQLCoreOracle.introspection(schema: sdl, introspectionJSON: JSONWriter.string(data))
        #expect(answer.fromSDL.contains("type Query"))
        #expect(answer.fromIntrospection == answer.fromSDL, "graphql-core's print of our introspection differs from its print of the SDL")
        #expect(printSchema(schema) == answer.fromSDL, "our printSchema differs from graphql-core's print_schema")
        #expect(printSchema(schema) == answer.fromIntrospection)
        if answer.fromIntrospection != answer.fromSDL {
            print(lineDiff(expected: answer.fromSDL, got: answer.fromIntrospection))
        }
        if printSchema(schema) != answer.fromSDL {
            print(lineDiff(expected: answer.fromSDL, got: printSchema(schema)))
        }
    }

    /// The first differing lines, for a readable failure.
    func lineDiff(expected: String, got: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = got.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(left.count, right.count) where report.count < 20 {
            let theirs = index < left.count ? String(left[index]) : "<end>"
            let ours = index < right.count ? String(right[index]) : "<end>"
            if theirs != ours { report.append("line \(index + 1): expected `\(theirs)` got `\(ours)`") }
        }
        return report.joined(separator: "\n")
    }
}
