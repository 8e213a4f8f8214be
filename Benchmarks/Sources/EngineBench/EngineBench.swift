import BenchCore
import GraphQLEngine

/// Drives PortfolioOS's GraphQLEngine through the three benchmark phases.
public enum EngineBench {
    public static let name = "GraphQLEngine (PortfolioOS)"

    /// Reads JSON data with the engine's own reader, into the engine-neutral form.
    public static func fixture(fromJSON text: String) throws -> Fixture {
        fixture(try JSONReader().read(text))
    }

    static func fixture(_ value: Value) -> Fixture {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .double(number)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(fixture))
        case .object(let object): return .object(object.map { ($0.0, fixture($0.1)) })
        }
    }

    static func value(_ fixture: Fixture) -> Value {
        switch fixture {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .float(number)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(value))
        case .object(let fields):
            return .object(ObjectValue(uniqueKeys: fields.map(\.0), values: fields.map { value($0.1) }))
        }
    }

    /// Builds the schema (no resolvers: the default resolver reads the in-memory
    /// `ObjectValue`s), parses and validates once to check the case, and returns the
    /// timed phases.
    public static func runners(schemaSDL: String, data: Fixture, benchCase: BenchCase) throws -> PhaseRunners {
        let schema = try buildSchema(schemaSDL)
        let text = benchCase.text
        let document = try parse(text)
        let errors = validate(schema: schema, document: document)
        guard errors.isEmpty else { throw BenchFailure("\(name) rejects \(benchCase.name): \(errors)") }
        guard case .object(let variables) = try JSONReader().read(benchCase.variablesJSON) else {
            throw BenchFailure("variables of \(benchCase.name) are not an object")
        }
        let root = value(data)
        let operationName = benchCase.operationName
        return PhaseRunners(
            parse: { try parse(text).definitions.count },
            validate: { validate(schema: schema, document: document).count },
            execute: {
                let result = await execute(
                    schema: schema, document: document, operationName: operationName,
                    variableValues: variables, rootValue: root)
                guard result.errors.isEmpty else { throw BenchFailure("\(name) execution errors: \(result.errors)") }
                return result.jsonBytes().count
            })
    }
}
