import Testing
@testable import GraphQLEngine

/// Resolvers, scalar coercions and type resolution attached through `SchemaBuildOptions`.
@Suite struct SchemaBuildOptionsTests {
    @Test func attachesResolversByCoordinate() throws {
        let schema = try buildSchema("""
        type Query { a: Int b: Int c: Other }
        type Other { x: Int }
        """, options: SchemaBuildOptions(resolvers: ["Query.a": .constant(1), "Other.x": .constant(2)]))
        #expect(schema.queryType?.fields["a"]?.resolve != nil)
        #expect(schema.queryType?.fields["b"]?.resolve == nil)
        #expect(schema.fieldsWithoutResolver() == ["Query.b", "Query.c"])
    }

    @Test func interfaceFieldResolversServeImplementations() async throws {
        let schema = try buildSchema("""
        type Query { a: A, b: B }
        interface Node { id: ID! name: String }
        type A implements Node { id: ID! name: String }
        type B implements Node { id: ID! name: String }
        """, options: SchemaBuildOptions(resolvers: [
            "Node.id": .constant("shared"), "B.id": .constant("own"),
            "Query.a": .constant(ObjectValue()), "Query.b": .constant(ObjectValue()),
        ]))
        #expect(schema.fieldsWithoutResolver() == ["A.name", "B.name"])
        let result = await execute(schema: schema, document: try parse("{ a { id } b { id } }"))
        #expect(result.errors.isEmpty)
        #expect(result.data == .object([
            "a": .object(["id": .string("shared")]),
            "b": .object(["id": .string("own")]),
        ]))
    }

    @Test func attachesCustomScalarCoercion() throws {
        let coercion = ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                guard let cents = value as? Int else { throw GraphQLError("Money must be cents") }
                return .string("\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)")
            },
            parseValue: { value throws(GraphQLError) in
                guard case .string = value else { throw GraphQLError("Money must be a string") }
                return value
            }
        )
        let schema = try buildSchema("""
        type Query { price(min: Money = "1.00"): Money }
        scalar Money
        """, options: SchemaBuildOptions(scalars: ["Money": coercion]))
        let money = try #require(schema.sdlScalar("Money"))
        #expect(try money.serialize(1234) == .string("12.34"))
        #expect(throws: GraphQLError.self) { try money.serialize("x") }
        // The default parseLiteral goes through parseValue.
        #expect(try money.parseLiteral(.string(StringValue("2.50"))) == .string("2.50"))
        #expect(throws: GraphQLError.self) { try money.parseLiteral(.int(IntValue("1"))) }
        #expect(schema.queryType?.fields["price"]?.args.first?.defaultValue == .string("1.00"))
    }

    @Test func attachesTypeResolution() throws {
        let schema = try buildSchema("""
        type Query { n: Node u: U }
        interface Node { id: ID }
        type A implements Node { id: ID }
        union U = A
        """, options: SchemaBuildOptions(
            typeResolvers: ["Node": { _, _, _ in "A" }, "U": { _, _, _ in "A" }],
            isTypeOf: ["A": { _, _, _ in true }]
        ))
        #expect(schema.sdlInterface("Node")?.resolveType != nil)
        #expect(schema.sdlUnion("U")?.resolveType != nil)
        #expect(schema.sdlObject("A")?.isTypeOf != nil)
    }
}
