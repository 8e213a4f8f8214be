import Testing
@testable import GraphQLEngine

/// The full introspection query as tools send it, executed end to end.
let fullIntrospectionQuery = """
query IntrospectionQuery {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL isOneOf
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}
"""

@Suite("Executor: introspection through the executor")
struct IntrospectionExecutionTests {
    @Test func fullIntrospectionQueryRunsWithoutErrors() async throws {
        let schema = try makeSchema("""
        "The root" type Query { node(id: ID!): Node, list(first: Int = 10): [Node!]! @deprecated(reason: "use node") }
        interface Node { id: ID! }
        type Item implements Node { id: ID! color: Color }
        enum Color { RED, GREEN @deprecated }
        input Filter @oneOf { a: Int, b: String }
        """)
        let result = try await run(schema, fullIntrospectionQuery)
        #expect(result.errors.isEmpty, "\(result.errors)")
        guard case .object(let data)? = result.data, case .object(let root)? = data["__schema"],
              case .list(let types)? = root["types"] else {
            Issue.record("no __schema.types")
            return
        }
        #expect(root["queryType"] == .object(["name": .string("Query")]))
        #expect(root["mutationType"] == .null)
        #expect(types.count == schema.types.count)
        let item = types.first { ($0.objectValue?["name"]) == .string("Item") }?.objectValue
        #expect(item?["kind"] == .string("OBJECT"))
        #expect(item?["interfaces"] == .list([.object(["kind": .string("INTERFACE"), "name": .string("Node"), "ofType": .null])]))
    }

    @Test func typeMetaFieldAndTypename() async throws {
        let schema = try makeSchema("type Query { a: [String!] }")
        let result = try await run(schema, #"{ __typename __type(name: "Query") { name fields { name type { kind ofType { kind ofType { name } } } } } }"#)
        #expect(result.json == #"{"data":{"__typename":"Query","__type":{"name":"Query","fields":[{"name":"a","type":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"name":"String"}}}}]}}}"#)
    }
}

extension Value {
    /// The object payload, for test lookups; `nil` for other cases.
    var objectValue: ObjectValue? {
        if case .object(let object) = self { return object }
        return nil
    }
}
