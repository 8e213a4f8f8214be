import Testing
@testable import GraphQLEngine

@Suite("Executor: interfaces and unions (spec §6.4.3 ResolveAbstractType)")
struct AbstractTypeTests {
    static let sdl = """
    type Query { named: [Named] search: [Result] one: Named }
    interface Named { name: String! }
    type Person implements Named { name: String! age: Int }
    type Robot implements Named { name: String! model: String }
    type Thing { id: ID }
    union Result = Person | Robot
    """

    static let query = """
    { named { __typename name ... on Person { age } ... on Robot { model } }
      search { __typename ... on Named { name } } }
    """

    @Test func typedValuesAndTypenameMapsResolveWithoutFunctions() async throws {
        let robot: ObjectValue = ["__typename": .string("Robot"), "name": .string("R2"), "model": .string("astromech")]
        let items: [any Sendable] = [Person(name: "Ada", age: 36), robot]
        let schema = try makeSchema(Self.sdl, resolvers: [
            "Query.named": .constant(items), "Query.search": .constant(items),
        ])
        let result = try await run(schema, Self.query)
        #expect(result.json == #"{"data":{"named":[{"__typename":"Person","name":"Ada","age":36},{"__typename":"Robot","name":"R2","model":"astromech"}],"search":[{"__typename":"Person","name":"Ada"},{"__typename":"Robot","name":"R2"}]}}"#)
    }

    @Test func resolveTypeFunctionWins() async throws {
        let schema = try makeSchema(Self.sdl, resolvers: [
            "Query.one": .constant(["name": .string("X")] as ObjectValue),
        ], typeResolvers: ["Named": { _, _, _ in "Robot" }])
        let result = try await run(schema, "{ one { __typename name } }")
        #expect(result.data == .object(["one": .object(["__typename": .string("Robot"), "name": .string("X")])]))
    }

    @Test func isTypeOfIsTheLastResort() async throws {
        let schema = try makeSchema(Self.sdl, resolvers: [
            "Query.one": .constant(["name": .string("X"), "model": .string("m")] as ObjectValue),
        ], isTypeOf: [
            "Person": { _, _, _ in false },
            "Robot": { value, _, _ in (value as? ObjectValue)?["model"] != nil },
        ])
        let result = try await run(schema, "{ one { __typename } }")
        #expect(result.data == .object(["one": .object(["__typename": .string("Robot")])]))
    }

    @Test func unresolvableValuesAreFieldErrors() async throws {
        let schema = try makeSchema(Self.sdl, resolvers: [
            "Query.one": .constant(["name": .string("X")] as ObjectValue),
            "Query.search": .constant([
                ["__typename": .string("Nope")] as ObjectValue,
                ["__typename": .string("Thing")] as ObjectValue,
                ["__typename": .string("Named")] as ObjectValue,
            ]),
        ])
        let result = try await run(schema, "{ one { name } search { __typename } }")
        #expect(result.data == .object(["one": .null, "search": .list([.null, .null, .null])]))
        #expect(result.errors.map(\.message) == [
            #"Abstract type "Named" must resolve to an Object type at runtime for field "Query.one". Either the "Named" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function."#,
            #"Abstract type "Result" was resolved to a type "Nope" that does not exist inside the schema."#,
            #"Runtime Object type "Thing" is not a possible type for "Result"."#,
            #"Abstract type "Result" was resolved to a non-object type "Named"."#,
        ])
        #expect(result.errors[1].path == [.key("search"), .index(0)])
    }

    @Test func isTypeOfOnAConcreteTypeChecksValues() async throws {
        let schema = try makeSchema("type Query { p: Person } type Person { name: String }", resolvers: [
            "Query.p": .constant("not a person"),
        ], isTypeOf: ["Person": { value, _, _ in value is ObjectValue }])
        let result = try await run(schema, "{ p { name } }")
        #expect(result.errors.map(\.message) == [#"Expected value of type "Person" but got: "not a person"."#])
    }
}
