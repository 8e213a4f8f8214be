import Testing
@testable import GraphQLEngine

@Suite("Executor: selection sets, fragments, directives, resolvers")
struct ExecutorTests {
    static let sdl = """
    type Query {
      hello: String
      greet(name: String = "world", times: Int): String
      person: Person
      people: [Person!]!
      count: Int
      root: String
    }
    type Person { name: String!, age: Int, friend: Person }
    """

    func schema() throws -> GraphQLSchema {
        try makeSchema(Self.sdl, resolvers: [
            "Query.greet": .sync { _, args, _, _ in
                guard case .string(let name)? = args["name"] else { return nil }
                let times = args["times"].flatMap { if case .int(let n) = $0 { n } else { nil } } ?? 1
                return String(repeating: "hi \(name) ", count: times)
            },
            "Query.person": .constant(Person(name: "Ada", age: 36)),
            "Query.people": .constant([Person(name: "Ada", age: 36), Person(name: "Bob", age: nil)]),
            "Query.root": .sync { source, _, _, info in
                "\(source) \(info.path) \(info.parentType.name).\(info.fieldName) \(info.responseKey)"
            },
        ])
    }

    @Test func defaultResolverReadsObjectValuesAndReadables() async throws {
        let result = try await run(schema(), "{ hello count person { name age } }",
                                   rootValue: (["hello": .string("hi"), "count": .int(3)] as ObjectValue))
        #expect(result.json == #"{"data":{"hello":"hi","count":3,"person":{"name":"Ada","age":36}}}"#)
    }

    @Test func aliasesAndMergedFieldsKeepFirstOccurrenceOrder() async throws {
        let result = try await run(schema(), """
        { b: hello a: hello person { name } hello person { age } }
        """, rootValue: Value.object(["hello": .string("x")]))
        #expect(result.json == #"{"data":{"b":"x","a":"x","person":{"name":"Ada","age":36},"hello":"x"}}"#)
    }

    /// Past eight response keys the collector switches from a linear scan to an index; the
    /// merging and first-occurrence order must not change there (spec §6.3.2).
    @Test func mergingPastTheLinearScanLimit() async throws {
        let aliases = (0..<12).map { "k\($0): hello" }.joined(separator: " ")
        let result = try await run(schema(), """
        { \(aliases) person { name } k3: hello k10: hello person { age } k11: hello }
        """, rootValue: Value.object(["hello": .string("x")]))
        let keys = (0..<12).map { #""k\#($0)":"x""# }
        let expected = #"{"data":{"# + keys[0..<12].joined(separator: ",")
            + #","person":{"name":"Ada","age":36}}}"#
        #expect(result.json == expected)
    }

    @Test func argumentsWithDefaults() async throws {
        let result = try await run(schema(), #"{ a: greet b: greet(name: "Ann", times: 2) }"#)
        #expect(result.json == #"{"data":{"a":"hi world ","b":"hi Ann hi Ann "}}"#)
    }

    @Test func typenameOnEveryObjectType() async throws {
        let result = try await run(schema(), "{ __typename person { __typename name } }")
        #expect(result.json == #"{"data":{"__typename":"Query","person":{"__typename":"Person","name":"Ada"}}}"#)
    }

    @Test func fragmentsAndInlineFragments() async throws {
        let result = try await run(schema(), """
        query { person { ...P ... on Person { age } ... { n2: name } } }
        fragment P on Person { name }
        """)
        #expect(result.json == #"{"data":{"person":{"name":"Ada","age":36,"n2":"Ada"}}}"#)
    }

    @Test func skipAndIncludeWithLiteralsAndVariables() async throws {
        let query = """
        query ($yes: Boolean!, $no: Boolean!) {
          a: count @include(if: $yes)
          b: count @include(if: $no)
          c: count @skip(if: $yes)
          d: count @skip(if: false) @include(if: true)
          e: count @skip(if: true) @include(if: true)
          ... @skip(if: $yes) { f: count }
          ...F @include(if: $yes)
        }
        fragment F on Query { g: count }
        """
        let result = try await run(schema(), query, variables: ["yes": .bool(true), "no": .bool(false)],
                                   rootValue: (["count": .int(1)] as ObjectValue))
        #expect(result.json == #"{"data":{"a":1,"d":1,"g":1}}"#)
    }

    @Test func listsOfObjects() async throws {
        let result = try await run(schema(), "{ people { name age } }")
        #expect(result.json == #"{"data":{"people":[{"name":"Ada","age":36},{"name":"Bob","age":null}]}}"#)
    }

    @Test func resolveInfoDescribesTheField() async throws {
        let result = try await run(schema(), "{ r: root }", rootValue: "ROOT")
        #expect(result.data == .object(["r": .string("ROOT [r] Query.root r")]))
    }

    @Test func leafSerializationErrorsAreFieldErrors() async throws {
        let result = try await run(schema(), "{ count }", rootValue: (["count": .string("x")] as ObjectValue))
        #expect(result.json == #"{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["count"]}],"data":{"count":null}}"#)
    }

    @Test func nonListForListTypeIsAnError() async throws {
        let schema = try makeSchema("type Query { xs: [Int] }")
        let result = try await run(schema, "{ xs }", rootValue: (["xs": .int(1)] as ObjectValue))
        #expect(result.errors.map(\.message) == [#"Expected Iterable, but did not find one for field "Query.xs"."#])
        #expect(result.data == .object(["xs": .null]))
    }

    @Test func swiftArraysAndValueListsBothComplete() async throws {
        let schema = try makeSchema("type Query { a: [String], b: [[Int]] }", resolvers: [
            "Query.a": .constant(["x", "y"]),
            "Query.b": .constant(Value.list([.list([.int(1)]), .null, .int(2)])),
        ])
        let result = try await run(schema, "{ a b }")
        // Result coercion never wraps: a non-list item of a list of lists is an item error.
        #expect(result.data == .object(["a": .list([.string("x"), .string("y")]), "b": .list([.list([.int(1)]), .null, .null])]))
        #expect(result.errors.first?.path == [.key("b"), .index(2)])
    }

    @Test func optionalsInsideArraysCompleteAsNull() async throws {
        let schema = try makeSchema("""
        type Query { names: [String], people: [Person], strict: [Person!] }
        type Person { name: String! }
        """, resolvers: [
            "Query.names": .constant(["a", nil] as [String?]),
            "Query.people": .constant([Person(name: "Ada"), nil] as [Person?]),
            "Query.strict": .constant([nil] as [Person?]),
        ])
        let result = try await run(schema, "{ names people { name } strict { name } }")
        #expect(result.data == .object([
            "names": .list([.string("a"), .null]),
            "people": .list([.object(["name": .string("Ada")]), .null]),
            "strict": .null,
        ]))
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field Query.strict."])
    }
}
