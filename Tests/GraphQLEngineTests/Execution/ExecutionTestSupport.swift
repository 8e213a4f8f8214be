import Testing
@testable import GraphQLEngine

/// Builds a schema from SDL for execution tests; fails the test on schema errors.
func makeSchema(
    _ sdl: String,
    resolvers: [String: FieldResolver] = [:],
    scalars: [String: ScalarCoercion] = [:],
    typeResolvers: [String: TypeResolver] = [:],
    isTypeOf: [String: IsTypeOf] = [:]
) throws -> GraphQLSchema {
    try buildSchema(sdl, options: SchemaBuildOptions(
        resolvers: resolvers, scalars: scalars, typeResolvers: typeResolvers, isTypeOf: isTypeOf))
}

/// Parses and executes `query` (no validation: tests exercise the executor alone).
func run(
    _ schema: GraphQLSchema,
    _ query: String,
    variables: ObjectValue = ObjectValue(),
    operationName: String? = nil,
    rootValue: (any Sendable)? = nil,
    context: any Sendable = (),
    options: ExecutionOptions = ExecutionOptions()
) async throws -> ExecutionResult {
    let document = try parse(query)
    return await execute(
        schema: schema, document: document, operationName: operationName, variableValues: variables,
        rootValue: rootValue, context: context, options: options)
}

/// Parses a JSON object literal for variables.
func variables(_ json: String) throws -> ObjectValue {
    guard case .object(let object) = try JSONReader().read(json) else {
        Issue.record("variables must be a JSON object")
        return ObjectValue()
    }
    return object
}

/// An error thrown by test resolvers that is not a `GraphQLError`.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
}

/// A parent value read through `GraphQLFieldReadable`.
struct Person: GraphQLFieldReadable, GraphQLTyped {
    var name: String
    var age: Int?
    var graphQLTypeName: String { "Person" }

    func graphQLField(_ field: String) -> (any Sendable)? {
        switch field {
        case "name": return name
        case "age": return age
        default: return nil
        }
    }
}
