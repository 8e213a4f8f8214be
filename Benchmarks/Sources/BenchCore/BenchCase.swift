import Foundation

/// One benchmark document with what executing it needs.
public struct BenchCase: Sendable {
    public var name: String
    public var file: String
    public var text: String
    public var operationName: String?
    /// The request variables, as JSON text.
    public var variablesJSON: String

    /// The five documents of the benchmark, read from Benchmarks/Documents.
    public static func all(documents: URL) throws -> [BenchCase] {
        func read(_ file: String) throws -> String {
            try String(contentsOf: documents.appendingPathComponent(file), encoding: .utf8)
        }
        return [
            BenchCase(name: "introspection", file: "introspection.graphql", text: try read("introspection.graphql"),
                      operationName: nil, variablesJSON: "{}"),
            BenchCase(name: "kitchen-sink", file: "kitchen-sink.graphql", text: try read("kitchen-sink.graphql"),
                      operationName: "Kitchen", variablesJSON: #"{"skip": false}"#),
            BenchCase(name: "dashboard", file: "dashboard.graphql", text: try read("dashboard.graphql"),
                      operationName: nil, variablesJSON: #"{"slug": "example", "first": 10}"#),
            BenchCase(name: "aliases-1000", file: "aliases-1000.graphql", text: try read("aliases-1000.graphql"),
                      operationName: nil, variablesJSON: "{}"),
            BenchCase(name: "depth-30", file: "depth-30.graphql", text: try read("depth-30.graphql"),
                      operationName: nil, variablesJSON: "{}"),
        ]
    }
}

/// The three timed phases of one engine on one document, prepared outside the timing:
/// `parse` parses the text, `validate` validates a document parsed beforehand and
/// `execute` executes a parsed, validated document against in-memory data. Each returns
/// a small number derived from its result (definitions, errors, a result size) so the
/// work cannot be optimized away and so the runner can check the phases worked.
public struct PhaseRunners: Sendable {
    public var parse: @Sendable () throws -> Int
    public var validate: @Sendable () -> Int
    public var execute: @Sendable () async throws -> Int

    public init(
        parse: @escaping @Sendable () throws -> Int,
        validate: @escaping @Sendable () -> Int,
        execute: @escaping @Sendable () async throws -> Int
    ) {
        self.parse = parse
        self.validate = validate
        self.execute = execute
    }
}
