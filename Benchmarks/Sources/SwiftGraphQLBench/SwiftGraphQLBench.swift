import BenchCore
import Foundation
import GraphQL
import OrderedCollections

/// Drives GraphQLSwift (github.com/GraphQLSwift/GraphQL) through the three benchmark
/// phases, with its default resolver reading `[String: any Sendable]` dictionaries.
public enum SwiftGraphQLBench {
    public static let name = "GraphQLSwift 4.3"

    static func native(_ fixture: Fixture) -> (any Sendable)? {
        switch fixture {
        case .null: return nil
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .string(let text): return text
        case .list(let items): return items.map { native($0) }
        case .object(let fields):
            // Null entries are left out: a missing key resolves to null.
            var dictionary: [String: any Sendable] = [:]
            for (key, value) in fields {
                if let value = native(value) { dictionary[key] = value }
            }
            return dictionary
        }
    }

    static func map(_ fixture: Fixture) -> Map {
        switch fixture {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return Map(number)
        case .double(let number): return Map(number)
        case .string(let text): return .string(text)
        case .list(let items): return .array(items.map(map))
        case .object(let fields):
            var dictionary = OrderedDictionary<String, Map>()
            for (key, value) in fields { dictionary[key] = map(value) }
            return .dictionary(dictionary)
        }
    }

    public static func runners(
        schemaSDL: String, data: Fixture, variables: Fixture, benchCase: BenchCase
    ) throws -> PhaseRunners {
        let schema = try buildSchema(source: schemaSDL)
        let text = benchCase.text
        let document = try parse(source: text)
        let errors = validate(schema: schema, ast: document)
        guard errors.isEmpty else { throw BenchFailure("\(name) rejects \(benchCase.name): \(errors)") }
        var variableValues: [String: Map] = [:]
        if case .object(let fields) = variables {
            for (key, value) in fields { variableValues[key] = map(value) }
        }
        let root: any Sendable = native(data) ?? [String: any Sendable]()
        let operationName = benchCase.operationName
        let frozenVariables = variableValues
        // GraphQLSwift 4.3 cannot run the full introspection query: it answers
        // "Cannot return null for non-nullable field __InputValue.isDeprecated." (it lacks
        // input value deprecation). That case is still timed, errors included, and the
        // report says so; any other execution error stops the run.
        let toleratesErrors = benchCase.name == "introspection"
        return PhaseRunners(
            parse: { try parse(source: text).definitions.count },
            validate: { validate(schema: schema, ast: document).count },
            execute: {
                let result = try await execute(
                    schema: schema, documentAST: document, rootValue: root, context: (),
                    variableValues: frozenVariables, operationName: operationName)
                guard result.errors.isEmpty || toleratesErrors else { throw BenchFailure("\(name) execution errors: \(result.errors)") }
                return result.data == nil ? 0 : 1
            })
    }
}
