import Testing
@testable import GraphQLEngine

@Suite struct BuildSchemaTests {
    @Test func buildsEveryKindOfType() throws {
        let schema = try buildSchema(#"""
        """Root"""
        type Query implements Node {
          id: ID!
          "A field"
          search(text: String = "x", limit: Int! = 5): [Result!]!
          color: Color
        }
        interface Node { id: ID! }
        union Result = Query | Other
        type Other { name: String }
        enum Color { RED GREEN }
        input Filter { color: Color = RED, tags: [String] = "one" }
        scalar Date @specifiedBy(url: "https://example.com/date")
        extend type Other { date(filter: Filter): Date }
        """#)
        let query = try #require(schema.queryType)
        #expect(query.name == "Query")
        #expect(query.description == "Root")
        #expect(query.interfaces.map(\.name) == ["Node"])
        #expect(query.fields.names == ["id", "search", "color"])
        let search = try #require(query.field(named: "search"))
        #expect(search.description == "A field")
        #expect(search.type.description == "[Result!]!")
        #expect(search.args.map(\.name) == ["text", "limit"])
        #expect(search.args[0].defaultValue == .string("x"))
        #expect(search.args[0].defaultValueLiteral == .string(StringValue("x")))
        #expect(search.args[1].defaultValue == .int(5))
        #expect(search.args[1].isRequired == false)

        #expect(schema.sdlUnion("Result")?.types.map(\.name) == ["Query", "Other"])
        #expect(schema.sdlEnum("Color")?.values.names == ["RED", "GREEN"])
        let filter = try #require(schema.sdlInputObject("Filter"))
        #expect(filter.fields["color"]?.defaultValue == .string("RED"))
        // A single value for a list type is coerced to a one-element list (spec §3.11).
        #expect(filter.fields["tags"]?.defaultValue == .list([.string("one")]))
        #expect(schema.sdlScalar("Date")?.specifiedByURL == "https://example.com/date")
        #expect(schema.sdlObject("Other")?.fields.names == ["name", "date"])
        #expect(schema.mutationType == nil)
        #expect(schema.subscriptionType == nil)
    }

    @Test func includesOnlyReferencedBuiltInScalarsAndAllIntrospectionTypes() throws {
        let schema = try buildSchema("type Query { a: Int }")
        let names = schema.types.map(\.name)
        #expect(names.contains("Int"))
        #expect(names.contains("String"))  // used by introspection
        #expect(names.contains("Boolean"))
        #expect(!names.contains("Float"))
        #expect(!names.contains("ID"))
        for name in ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"] {
            #expect(names.contains(name), "missing \(name)")
        }
        #expect(names.first == "Query")
        #expect(schema.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func readsDeprecationsEverywhere() throws {
        let schema = try buildSchema(#"""
        type Query {
          old: Int @deprecated
          older(a: Int @deprecated(reason: "gone")): Int @deprecated(reason: "Use `new`.")
          new(input: In): E
        }
        input In { a: Int @deprecated(reason: "no") b: Int }
        enum E { A @deprecated B }
        """#)
        let query = try #require(schema.queryType)
        #expect(query.fields["old"]?.deprecationReason == "No longer supported")
        #expect(query.fields["older"]?.deprecationReason == "Use `new`.")
        #expect(query.fields["older"]?.args.first?.deprecationReason == "gone")
        #expect(query.fields["new"]?.isDeprecated == false)
        #expect(schema.sdlInputObject("In")?.fields["a"]?.deprecationReason == "no")
        #expect(schema.sdlInputObject("In")?.fields["b"]?.isDeprecated == false)
        #expect(schema.sdlEnum("E")?.values["A"]?.deprecationReason == "No longer supported")
        #expect(schema.sdlEnum("E")?.values["B"]?.isDeprecated == false)
    }

    @Test func buildsDirectiveDefinitions() throws {
        let schema = try buildSchema(#"""
        "Caches a field."
        directive @cache(seconds: Int = 60, scope: [String!]) repeatable on FIELD_DEFINITION | OBJECT
        directive @include(if: Boolean!) on FIELD
        type Query { a: Int @cache @cache(seconds: 5) }
        """#)
        let cache = try #require(schema.directive(named: "cache"))
        #expect(cache.description == "Caches a field.")
        #expect(cache.isRepeatable)
        #expect(cache.locations == [.fieldDefinition, .object])
        #expect(cache.args.map(\.name) == ["seconds", "scope"])
        #expect(cache.args[0].defaultValue == .int(60))
        #expect(!cache.isSpecified)
        // A redefinition of a built-in directive replaces it.
        #expect(schema.directive(named: "include")?.locations == [.field])
        #expect(schema.directives.map(\.name) == ["cache", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func coercesNestedDefaultsApplyingInputFieldDefaults() throws {
        let schema = try buildSchema("""
        type Query { f(page: Page = {size: 5}, pages: [Page] = [{}], nothing: Int = null): Int }
        input Page { size: Int = 10, offset: Int = 0, label: String }
        """)
        let args = try #require(schema.queryType?.fields["f"]?.args)
        #expect(args[0].defaultValue == .object(["size": .int(5), "offset": .int(0)]))
        #expect(args[1].defaultValue == .list([.object(["size": .int(10), "offset": .int(0)])]))
        #expect(args[2].defaultValue == .null)
        #expect(args[2].defaultValueLiteral != nil)
    }

    @Test func oneOfInputObjects() throws {
        let schema = try buildSchema("""
        type Query { f(by: By): Int }
        input By @oneOf { id: ID, name: String }
        input Plain { a: Int }
        """)
        #expect(schema.sdlInputObject("By")?.isOneOf == true)
        #expect(schema.sdlInputObject("Plain")?.isOneOf == false)
    }

    @Test func schemaDefinitionAndExtensionPickRootTypes() throws {
        let schema = try buildSchema("""
        "The schema"
        schema { query: Q }
        extend schema { mutation: M }
        type Q { a: Int }
        type M { b: Int }
        type Subscription { c: Int }
        """)
        #expect(schema.description == "The schema")
        #expect(schema.queryType?.name == "Q")
        #expect(schema.mutationType?.name == "M")
        // With a schema definition, default names are not used (spec §3.3.1).
        #expect(schema.subscriptionType == nil)
        #expect(schema.rootType(for: .mutation)?.name == "M")
    }

    @Test func defaultRootTypeNamesWithoutSchemaDefinition() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        type Mutation { b: Int }
        type Subscription { c: Int }
        """)
        #expect(schema.queryType?.name == "Query")
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.subscriptionType?.name == "Subscription")
    }

    @Test func appliesEveryKindOfExtension() throws {
        let schema = try buildSchema(#"""
        type Query implements A { a: Int }
        interface A { a: Int }
        interface B { b: Int }
        extend type Query implements B { b: Int }
        extend interface A { c: String }
        extend type Query { c: String }
        union U = Query
        type Other { x: Int }
        extend union U = Other
        enum E { X }
        extend enum E { Y }
        input I { a: Int }
        extend input I { b: Int }
        scalar S
        extend scalar S @specifiedBy(url: "https://example.com/s")
        """#)
        let query = try #require(schema.queryType)
        #expect(query.interfaces.map(\.name) == ["A", "B"])
        #expect(query.fields.names == ["a", "b", "c"])
        #expect(query.extensionASTNodes.count == 2)
        #expect(schema.sdlInterface("A")?.fields.names == ["a", "c"])
        #expect(schema.sdlUnion("U")?.types.map(\.name) == ["Query", "Other"])
        #expect(schema.sdlEnum("E")?.values.names == ["X", "Y"])
        #expect(schema.sdlInputObject("I")?.fields.names == ["a", "b"])
        #expect(schema.sdlScalar("S")?.specifiedByURL == "https://example.com/s")
    }

    @Test func interfacesImplementingInterfaces() throws {
        let schema = try buildSchema("""
        type Query { n: Node }
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Image implements Resource & Node { id: ID! url: String }
        type Note implements Node { id: ID! }
        """)
        let node = try #require(schema.type(named: "Node"))
        let resource = try #require(schema.sdlInterface("Resource"))
        #expect(resource.interfaces.map(\.name) == ["Node"])
        #expect(schema.possibleTypes(of: node).map(\.name) == ["Image", "Note"])
        #expect(schema.implementations(of: resource).objects.map(\.name) == ["Image"])
        #expect(schema.implementations(of: try #require(schema.sdlInterface("Node"))).interfaces.map(\.name) == ["Resource"])
        #expect(schema.isSubType(abstract: node, maybeSub: .interface(resource)))
        #expect(schema.isSubType(abstract: .interface(resource), maybeSub: try #require(schema.type(named: "Image"))))
        #expect(!schema.isSubType(abstract: .interface(resource), maybeSub: try #require(schema.type(named: "Note"))))
    }

    @Test func typeFromTypeNode() throws {
        let schema = try buildSchema("type Query { a: Int }")
        #expect(schema.type(from: try parseType("[Int!]!"))?.description == "[Int!]!")
        #expect(schema.type(from: try parseType("[Unknown]")) == nil)
    }
}

@Suite struct BuildSchemaRootExtensionTests {
    @Test func schemaExtensionWithoutDefinitionAddsToDefaultRoots() throws {
        let schema = try buildSchema("""
        extend schema { mutation: Changes }
        type Query { a: Int }
        type Changes { b: Int }
        """)
        #expect(schema.queryType?.name == "Query")
        #expect(schema.mutationType?.name == "Changes")
    }

    @Test func buildsFromAParsedDocument() throws {
        let document = try parse("type Query { a: Int }")
        let schema = try buildSchema(document)
        #expect(schema.queryType?.fields.names == ["a"])
    }
}
