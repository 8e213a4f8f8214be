import Testing
@testable import GraphQLEngine

@Suite struct TypeComparatorsTests {
    let schema: GraphQLSchema

    init() throws {
        schema = try buildSchema("""
        type Query { n: Node, p: Pet, s: Search, count: Int, ratio: Float }
        interface Node { id: ID }
        interface Pet { name: String }
        type Dog implements Node & Pet { id: ID, name: String }
        type Cat implements Pet { name: String }
        type Rock implements Node { id: ID }
        union Search = Dog | Rock
        union Other = Cat
        """)
    }

    private func type(_ text: String) throws -> GraphQLType {
        try #require(schema.type(from: try parseType(text)))
    }

    private func named(_ name: String) throws -> GraphQLNamedType {
        try #require(schema.type(named: name))
    }

    @Test func equalTypes() throws {
        #expect(isEqualType(try type("[Int!]"), try type("[Int!]")))
        #expect(!isEqualType(try type("[Int!]"), try type("[Int]")))
        #expect(!isEqualType(try type("Int"), try type("String")))
    }

    @Test func subTypes() throws {
        #expect(isTypeSubTypeOf(schema, try type("Int!"), try type("Int")))
        #expect(!isTypeSubTypeOf(schema, try type("Int"), try type("Int!")))
        #expect(isTypeSubTypeOf(schema, try type("[Dog!]!"), try type("[Pet]")))
        #expect(isTypeSubTypeOf(schema, try type("Dog"), try type("Node")))
        #expect(isTypeSubTypeOf(schema, try type("Dog"), try type("Search")))
        #expect(!isTypeSubTypeOf(schema, try type("Cat"), try type("Node")))
        #expect(!isTypeSubTypeOf(schema, try type("[Dog]"), try type("Dog")))
        #expect(!isTypeSubTypeOf(schema, try type("Dog"), try type("[Dog]")))
        #expect(!isTypeSubTypeOf(schema, try type("Int"), try type("Float")))
    }

    @Test func overlaps() throws {
        #expect(doTypesOverlap(schema, try named("Node"), try named("Pet")))  // Dog
        #expect(doTypesOverlap(schema, try named("Search"), try named("Pet")))
        #expect(!doTypesOverlap(schema, try named("Other"), try named("Node")))
        #expect(doTypesOverlap(schema, try named("Dog"), try named("Pet")))
        #expect(doTypesOverlap(schema, try named("Pet"), try named("Cat")))
        #expect(!doTypesOverlap(schema, try named("Cat"), try named("Dog")))
        #expect(doTypesOverlap(schema, try named("Cat"), try named("Cat")))
    }

    @Test func possibleTypes() throws {
        #expect(schema.possibleTypes(of: try named("Node")).map(\.name) == ["Dog", "Rock"])
        #expect(schema.possibleTypes(of: try named("Search")).map(\.name) == ["Dog", "Rock"])
        #expect(schema.possibleTypes(of: try named("Dog")).isEmpty)
        let dog = try #require(schema.sdlObject("Dog"))
        #expect(schema.isPossibleType(dog, of: try named("Pet")))
        #expect(!schema.isPossibleType(dog, of: try named("Other")))
    }

    @Test func typePredicates() throws {
        #expect(isInputType(try type("[Int!]")))
        #expect(!isInputType(try type("Dog")))
        #expect(isOutputType(try type("[Dog]")))
        #expect(isLeafType(try named("Int")))
        #expect(!isLeafType(try named("Dog")))
        #expect(isCompositeType(try named("Search")))
        #expect(isAbstractType(try named("Pet")))
        #expect(!isAbstractType(try named("Dog")))
        #expect(getNamedType(try type("[Dog!]!"))?.name == "Dog")
        #expect(getNullableType(try type("[Dog!]!"))?.description == "[Dog!]")
        #expect(try type("[Dog!]!").listElementType?.description == "Dog!")
        #expect(try type("[Dog!]!").isList)
        #expect(try type("Dog!").isNonNull)
    }

    @Test func metaFieldsAreFoundWhereTheSpecAllows() throws {
        let query = try named("Query")
        #expect(schema.field(named: "__schema", on: query)?.type.description == "__Schema!")
        #expect(schema.field(named: "__type", on: query)?.args.map(\.name) == ["name"])
        #expect(schema.field(named: "__typename", on: query)?.type.description == "String!")
        let dog = try named("Dog")
        #expect(schema.field(named: "__schema", on: dog) == nil)
        #expect(schema.field(named: "__typename", on: dog) != nil)
        #expect(schema.field(named: "__typename", on: try named("Search")) != nil)
        #expect(schema.field(named: "__typename", on: try named("Int")) == nil)
        #expect(schema.field(named: "name", on: dog)?.type.description == "String")
        #expect(schema.field(named: "name", on: try named("Pet")) != nil)
        #expect(schema.field(named: "missing", on: dog) == nil)
    }
}
