import Foundation
import GraphQLEngine
import Testing

/// Execution compared with graphql-core: the benchmark documents (Benchmarks/Documents:
/// kitchen sink, dashboard, 1,000 aliases, depth 30) run on both engines with default
/// resolvers over the same in-memory data (Benchmarks/Documents/data.json); the `data`
/// must be equal, keys in the same order, and neither side may report errors.
@Suite("Differential: execution against graphql-core")
struct DifferentialExecutionTests {
    static let documents = RepositoryFiles.root.appendingPathComponent("Benchmarks/Documents")

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var operationName: String?
        var variablesJSON: String
        var testDescription: String { file }
    }

    static let cases = [
        Case(file: "kitchen-sink.graphql", operationName: "Kitchen", variablesJSON: #"{"skip": false}"#),
        Case(file: "dashboard.graphql", operationName: nil, variablesJSON: #"{"slug": "example", "first": 10}"#),
        Case(file: "aliases-1000.graphql", operationName: nil, variablesJSON: "{}"),
        Case(file: "depth-30.graphql", operationName: nil, variablesJSON: "{}"),
    ]

    @Test("Same data as graphql-core", arguments: cases)
    func sameDataAsGraphQLCore(_ testCase: Case) async throws {
        let sdl = try DifferentialCorpus.schemaSDL()
        let text = try RepositoryFiles.read(Self.documents.appendingPathComponent(testCase.file))
        let dataJSON = try RepositoryFiles.read(Self.documents.appendingPathComponent("data.json"))
        let schema = try buildSchema(sdl)
        let document = try parse(text)
        #expect(validate(schema: schema, document: document).isEmpty)
        guard case .object(let variables) = try JSONReader().read(testCase.variablesJSON) else {
            Issue.record("variables are not an object")
            return
        }
        let ours = await execute(
            schema: schema, document: document, operationName: testCase.operationName,
            variableValues: variables, rootValue: try JSONReader().read(dataJSON))
        #expect(ours.errors.isEmpty, "our errors: \(ours.errors)")

        let answer = try GraphQLCoreOracle.execute(
            schema: sdl, document: text, dataJSON: dataJSON, variablesJSON: testCase.variablesJSON,
            operationName: testCase.operationName)
        guard case .object(let theirs) = try JSONReader().read(answer) else {
            Issue.record("oracle answer is not an object")
            return
        }
        #expect(theirs["errors"] == .list([]), "graphql-core errors: \(String(describing: theirs["errors"]))")
        let theirData = try #require(theirs["data"])
        let ourData = try #require(ours.data)
        #expect(ourData == theirData, "data differs:\nours:   \(JSONWriter.string(ourData).prefix(600))\ntheirs: \(JSONWriter.string(theirData).prefix(600))")
    }
}
