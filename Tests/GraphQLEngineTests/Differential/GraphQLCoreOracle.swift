import Foundation

// The reference side of the differential tests: graphql-core 3.2 run through
// scripts/graphql_core_oracle.py. The oracle is required, never optional: when python3 or
// graphql-core is missing the tests fail and say how to get them (scripts/test.sh).

/// Files of the repository, found from this source file's own path (`#filePath`), so the
/// corpus needs no SwiftPM resources. Symlinks are resolved because the engine's dev
/// package reaches these tests through a symlinked folder.
enum RepositoryFiles {
    /// The repository root: four levels above this file
    /// (Tests/GraphQLEngineTests/Differential/GraphQLCoreOracle.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static let corpus = root.appendingPathComponent("Tests/GraphQLEngineTests/Differential/Corpus")
    static let oracleScript = root.appendingPathComponent("scripts/graphql_core_oracle.py")

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}

/// Why the oracle could not answer; the description is what the failing test shows.
struct OracleUnavailable: Error, CustomStringConvertible {
    var description: String
}

/// One error as the oracle reports it: message and `[line, column]` pairs.
struct OracleError: Decodable, Equatable, Sendable {
    var message: String
    var locations: [[Int]]
}

/// The oracle's verdict on one document: a syntax error, or the validation errors
/// (empty when the document is valid).
struct OracleVerdict: Decodable, Sendable {
    var syntaxError: OracleError?
    var errors: [OracleError]
    /// Set when graphql-core itself raised while validating (a graphql-core bug); the
    /// document then has no reference verdict.
    var crash: String?
}

struct OracleValidateAnswer: Decodable {
    var version: String
    var results: [OracleVerdict]
}

struct OracleIntrospectionAnswer: Decodable {
    var version: String
    var fromIntrospection: String
    var fromSDL: String
}

struct OracleQueryAnswer: Decodable {
    var version: String
    var query: String
}

/// Runs scripts/graphql_core_oracle.py with python3.
enum GraphQLCoreOracle {
    static let setupHint =
        "The differential tests need python3 with graphql-core 3.2 (the reference "
        + "implementation). Run scripts/test.sh, which installs graphql-core with pip, or "
        + "`python3 -m pip install 'graphql-core>=3.2,<3.3'`."

    /// Parses and validates each document against `schema` (SDL) in graphql-core.
    static func validate(schema: String, documents: [String]) throws -> OracleValidateAnswer {
        let request = try JSONSerialization.data(withJSONObject: ["schema": schema, "documents": documents])
        let answer: OracleValidateAnswer = try run(mode: "validate", request: request)
        guard answer.results.count == documents.count else {
            throw OracleUnavailable(description: "oracle answered \(answer.results.count) verdicts for \(documents.count) documents")
        }
        return answer
    }

    /// Prints `build_client_schema(introspection)` and `build_schema(schema)` in graphql-core.
    static func introspection(schema: String, introspectionJSON: String) throws -> OracleIntrospectionAnswer {
        // The introspection result is spliced in as raw JSON text, exactly as our engine wrote it.
        let schemaJSON = String(decoding: try JSONSerialization.data(withJSONObject: [schema], options: []), as: UTF8.self)
        let request = "{\"schema\": \(schemaJSON.dropFirst().dropLast()), \"introspection\": \(introspectionJSON)}"
        return try run(mode: "introspection", request: Data(request.utf8))
    }

    /// graphql-core's full introspection query with every option on.
    static func introspectionQuery() throws -> OracleQueryAnswer {
        try run(mode: "query", request: Data("{}".utf8))
    }

    /// Executes `document` in graphql-core with default resolvers over `dataJSON`; returns
    /// the raw JSON answer text (`{"data": ..., "errors": [...]}`), key order preserved.
    static func execute(
        schema: String, document: String, dataJSON: String, variablesJSON: String, operationName: String?
    ) throws -> String {
        func quoted(_ text: String) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
        }
        let operation = try operationName.map(quoted) ?? "null"
        let request = "{\"schema\": \(try quoted(schema)), \"document\": \(try quoted(document)), "
            + "\"data\": \(dataJSON), \"variables\": \(variablesJSON), \"operationName\": \(operation)}"
        return String(decoding: try runRaw(mode: "execute", request: Data(request.utf8)), as: UTF8.self)
    }

    private static func run<Answer: Decodable>(mode: String, request: Data) throws -> Answer {
        try JSONDecoder().decode(Answer.self, from: try runRaw(mode: mode, request: request))
    }

    private static func runRaw(mode: String, request: Data) throws -> Data {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: RepositoryFiles.oracleScript.path) else {
            throw OracleUnavailable(description: "missing \(RepositoryFiles.oracleScript.path)")
        }
        let directory = fileManager.temporaryDirectory
            .appendingPathComponent("graphql-oracle-\(UUID().uuidString)")
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: directory) }
        let input = directory.appendingPathComponent("request.json")
        let output = directory.appendingPathComponent("answer.json")
        let errors = directory.appendingPathComponent("stderr.txt")
        try request.write(to: input)
        fileManager.createFile(atPath: output.path, contents: nil)
        fileManager.createFile(atPath: errors.path, contents: nil)

        // Files rather than pipes: the answers are large and nothing must block.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryFiles.oracleScript.path, mode]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        do {
            try process.run()
        } catch {
            throw OracleUnavailable(description: "cannot start python3 (\(error)). \(setupHint)")
        }
        process.waitUntilExit()
        let stderrText = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        switch process.terminationStatus {
        case 0: break
        case 127: throw OracleUnavailable(description: "python3 not found. \(setupHint)")
        case 2: throw OracleUnavailable(description: "graphql-core is not installed. \(setupHint)\n\(stderrText)")
        default:
            throw OracleUnavailable(description: "oracle exited with status \(process.terminationStatus): \(stderrText)")
        }
        return try Data(contentsOf: output)
    }
}
