import Testing
@testable import GraphQLEngine

/// The introspection system (spec §4) queried through the executor.
@Suite struct IntrospectionTests {
    static let sdl = #"""
    "Test schema"
    schema { query: Root mutation: Mutation }

    "Caches a field."
    directive @cache(seconds: Int = 60, old: Boolean @deprecated(reason: "unused")) repeatable on FIELD_DEFINITION | FIELD

    type Root {
      "The node"
      node(id: ID!, legacy: String = "x" @deprecated): Node
      old: Int @deprecated
      reason: Int @deprecated(reason: "Because.")
      search(where: Where = {kind: A, limit: 2}): [Result!]!
      date: Date
      color: Color
    }
    type Mutation { touch: Boolean }
    interface Node { id: ID! }
    interface Named implements Node { id: ID! name: String }
    type Item implements Node & Named { id: ID! name: String }
    type Other { x: Float }
    union Result = Item | Other
    "A colour"
    enum Color { RED @deprecated(reason: "Too loud.") "Calm" GREEN BLUE }
    enum Kind { A B }
    input Where { kind: Kind = B, limit: Int, ids: [ID!], legacy: String @deprecated }
    input Pick @oneOf { a: Int, b: String }
    scalar Date @specifiedBy(url: "https://example.com/date")
    type Unused { p(pick: Pick): Int }
    """#

    let schema: GraphQLSchema

    init() throws {
        schema = try buildSchema(Self.sdl)
    }

    private func type(_ data: Value, _ name: String) -> Value {
        data[introspected: "__schema"][introspected: "types"].introspectedElement(named: name)
    }

    @Test func schemaFields() async throws {
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        let root = data[introspected: "__schema"]
        #expect(root[introspected: "description"] == .string("Test schema"))
        #expect(root[introspected: "queryType"] == .object(["name": .string("Root"), "kind": .string("OBJECT")]))
        #expect(root[introspected: "mutationType"][introspected: "name"] == .string("Mutation"))
        #expect(root[introspected: "subscriptionType"] == .null)
        let names = root[introspected: "types"].introspectedList.compactMap { $0[introspected: "name"].introspectedString }
        #expect(names == schema.types.map(\.name))
        #expect(names.contains("__Schema") && names.contains("__DirectiveLocation"))
        let directives = root[introspected: "directives"].introspectedList.compactMap { $0[introspected: "name"].introspectedString }
        #expect(directives == ["cache", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func directiveFields() async throws {
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        let directives = data[introspected: "__schema"][introspected: "directives"]
        let cache = directives.introspectedElement(named: "cache")
        #expect(cache[introspected: "description"] == .string("Caches a field."))
        #expect(cache[introspected: "isRepeatable"] == .bool(true))
        #expect(cache[introspected: "locations"] == .list([.string("FIELD_DEFINITION"), .string("FIELD")]))
        let seconds = cache[introspected: "args"].introspectedElement(named: "seconds")
        #expect(seconds[introspected: "defaultValue"] == .string("60"))
        #expect(seconds[introspected: "type"] == .object(["kind": .string("SCALAR"), "name": .string("Int"), "ofType": .null]))
        let old = cache[introspected: "args"].introspectedElement(named: "old")
        #expect(old[introspected: "isDeprecated"] == .bool(true))
        #expect(old[introspected: "deprecationReason"] == .string("unused"))
        let deprecated = directives.introspectedElement(named: "deprecated")
        #expect(deprecated[introspected: "isRepeatable"] == .bool(false))
        #expect(deprecated[introspected: "args"].introspectedElement(named: "reason")[introspected: "defaultValue"]
            == .string("\"No longer supported\""))
    }

    @Test func objectFieldsArgumentsAndWrappedTypes() async throws {
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        let root = type(data, "Root")
        #expect(root[introspected: "kind"] == .string("OBJECT"))
        #expect(root[introspected: "interfaces"] == .list([]))
        #expect(root[introspected: "inputFields"] == .null)
        #expect(root[introspected: "enumValues"] == .null)
        #expect(root[introspected: "possibleTypes"] == .null)
        #expect(root[introspected: "specifiedByURL"] == .null)
        #expect(root[introspected: "isOneOf"] == .null)
        let node = root[introspected: "fields"].introspectedElement(named: "node")
        #expect(node[introspected: "description"] == .string("The node"))
        #expect(node[introspected: "isDeprecated"] == .bool(false))
        #expect(node[introspected: "deprecationReason"] == .null)
        let id = node[introspected: "args"].introspectedElement(named: "id")
        #expect(id[introspected: "type"] == .object([
            "kind": .string("NON_NULL"), "name": .null,
            "ofType": .object(["kind": .string("SCALAR"), "name": .string("ID"), "ofType": .null]),
        ]))
        #expect(id[introspected: "defaultValue"] == .null)
        let legacy = node[introspected: "args"].introspectedElement(named: "legacy")
        #expect(legacy[introspected: "defaultValue"] == .string("\"x\""))
        #expect(legacy[introspected: "deprecationReason"] == .string("No longer supported"))
        let search = root[introspected: "fields"].introspectedElement(named: "search")
        #expect(search[introspected: "type"][introspected: "kind"] == .string("NON_NULL"))
        #expect(search[introspected: "type"][introspected: "ofType"][introspected: "kind"] == .string("LIST"))
        #expect(search[introspected: "type"][introspected: "ofType"][introspected: "ofType"][introspected: "ofType"][introspected: "name"]
            == .string("Result"))
        #expect(search[introspected: "args"].introspectedElement(named: "where")[introspected: "defaultValue"]
            == .string("{kind: A, limit: 2}"))
        let reason = root[introspected: "fields"].introspectedElement(named: "reason")
        #expect(reason[introspected: "deprecationReason"] == .string("Because."))
    }

    @Test func abstractTypes() async throws {
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        let node = type(data, "Node")
        #expect(node[introspected: "kind"] == .string("INTERFACE"))
        #expect(node[introspected: "possibleTypes"].introspectedList.map { $0[introspected: "name"] } == [.string("Item")])
        #expect(node[introspected: "interfaces"] == .list([]))
        let named = type(data, "Named")
        #expect(named[introspected: "interfaces"].introspectedList.map { $0[introspected: "name"] } == [.string("Node")])
        let item = type(data, "Item")
        #expect(item[introspected: "interfaces"].introspectedList.map { $0[introspected: "name"] } == [.string("Node"), .string("Named")])
        let result = type(data, "Result")
        #expect(result[introspected: "kind"] == .string("UNION"))
        #expect(result[introspected: "fields"] == .null)
        #expect(result[introspected: "interfaces"] == .null)
        #expect(result[introspected: "possibleTypes"].introspectedList.map { $0[introspected: "name"] } == [.string("Item"), .string("Other")])
    }

    @Test func enumsInputsAndScalars() async throws {
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        let color = type(data, "Color")
        #expect(color[introspected: "description"] == .string("A colour"))
        let values = color[introspected: "enumValues"]
        #expect(values.introspectedList.count == 3)
        #expect(values.introspectedElement(named: "RED")[introspected: "deprecationReason"] == .string("Too loud."))
        #expect(values.introspectedElement(named: "GREEN")[introspected: "description"] == .string("Calm"))
        #expect(color[introspected: "fields"] == .null)

        let whereType = type(data, "Where")
        #expect(whereType[introspected: "kind"] == .string("INPUT_OBJECT"))
        #expect(whereType[introspected: "isOneOf"] == .bool(false))
        #expect(whereType[introspected: "inputFields"].introspectedElement(named: "kind")[introspected: "defaultValue"] == .string("B"))
        #expect(whereType[introspected: "inputFields"].introspectedElement(named: "legacy")[introspected: "isDeprecated"] == .bool(true))
        #expect(type(data, "Pick")[introspected: "isOneOf"] == .bool(true))

        let date = type(data, "Date")
        #expect(date[introspected: "kind"] == .string("SCALAR"))
        #expect(date[introspected: "specifiedByURL"] == .string("https://example.com/date"))
        #expect(type(data, "Int")[introspected: "specifiedByURL"] == .null)
    }

    @Test func includeDeprecatedDefaultsToFalse() async throws {
        let data = try await IntrospectionTesting.run(schema, """
        {
          root: __type(name: "Root") { fields { name args { name } } }
          color: __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
          where: __type(name: "Where") { inputFields { name } }
          __schema { directives { name args { name } } }
        }
        """)
        let fields = data[introspected: "root"][introspected: "fields"].introspectedList
        #expect(fields.compactMap { $0[introspected: "name"].introspectedString } == ["node", "search", "date", "color"])
        #expect(fields[0][introspected: "args"] == .list([.object(["name": .string("id")])]))
        #expect(data[introspected: "color"][introspected: "enumValues"].introspectedList.count == 2)
        #expect(data[introspected: "color"][introspected: "all"].introspectedList.count == 3)
        #expect(data[introspected: "where"][introspected: "inputFields"].introspectedList.count == 3)
        let cache = data[introspected: "__schema"][introspected: "directives"].introspectedElement(named: "cache")
        #expect(cache[introspected: "args"] == .list([.object(["name": .string("seconds")])]))
    }

    @Test func typeMetaField() async throws {
        let data = try await IntrospectionTesting.run(schema, """
        query($name: String!) {
          item: __type(name: "Item") { kind name fields { name } }
          missing: __type(name: "Nope") { name }
          byVariable: __type(name: $name) { name }
          list: __type(name: "Root") { fields { type { kind name ofType { name } } } }
        }
        """, variables: ["name": .string("Kind")])
        #expect(data[introspected: "item"][introspected: "kind"] == .string("OBJECT"))
        #expect(data[introspected: "item"][introspected: "fields"].introspectedList.count == 2)
        #expect(data[introspected: "missing"] == .null)
        #expect(data[introspected: "byVariable"][introspected: "name"] == .string("Kind"))
    }

    @Test func typeNameMetaField() async throws {
        let items: FieldResolver = .constant([
            Value.object(["__typename": .string("Item"), "id": .string("1"), "name": .string("a")]),
        ])
        let schema = try buildSchema(Self.sdl, options: SchemaBuildOptions(
            resolvers: ["Root.search": items],
            typeResolvers: ["Result": { _, _, _ in "Item" }]
        ))
        let data = try await IntrospectionTesting.run(schema, """
        { __typename search { __typename ... on Item { id } } }
        """)
        #expect(data == .object([
            "__typename": .string("Root"),
            "search": .list([.object(["__typename": .string("Item"), "id": .string("1")])]),
        ]))
    }

    @Test func everyIntrospectedFieldTypeMatchesTheSchema() async throws {
        let schema = try buildSchema(RepresentativeSchema.sdl)
        let data = try await IntrospectionTesting.run(schema, IntrospectionTesting.fullQuery)
        for typeValue in data[introspected: "__schema"][introspected: "types"].introspectedList {
            let name = try #require(typeValue[introspected: "name"].introspectedString)
            let namedType = try #require(schema.type(named: name))
            #expect(typeValue[introspected: "kind"].introspectedString == namedType.kind.rawValue)
            guard let fields = namedType.fields else { continue }
            let introspected = typeValue[introspected: "fields"].introspectedList
            #expect(introspected.count == fields.count, "\(name)")
            for (fieldValue, field) in zip(introspected, fields) {
                #expect(fieldValue[introspected: "name"].introspectedString == field.name)
                #expect(typeText(fieldValue[introspected: "type"]) == field.type.description)
                for (argumentValue, argument) in zip(fieldValue[introspected: "args"].introspectedList, field.args) {
                    #expect(typeText(argumentValue[introspected: "type"]) == argument.type.description)
                }
            }
        }
    }

    /// `[T!]!`-style text of an introspected type reference.
    private func typeText(_ value: Value) -> String {
        switch value[introspected: "kind"].introspectedString {
        case "NON_NULL": return typeText(value[introspected: "ofType"]) + "!"
        case "LIST": return "[" + typeText(value[introspected: "ofType"]) + "]"
        default: return value[introspected: "name"].introspectedString ?? "?"
        }
    }
}
