import Testing
@testable import GraphQLEngine

@Suite("Executor: argument coercion (spec §6.4.1)")
struct ArgumentCoercionTests {
    static let sdl = """
    type Query {
      echo(i: Int = 1, req: Int!, s: [String], in: In, one: One, e: Color): String
      opt(i: Int): String
    }
    input In { a: Int!, b: String = "dflt" }
    input One @oneOf { x: Int, y: String }
    enum Color { RED GREEN }
    """

    func schema() throws -> GraphQLSchema {
        let echo: FieldResolver = .sync { _, args, _, _ in JSONWriter.string(.object(args)) }
        return try makeSchema(Self.sdl, resolvers: ["Query.echo": echo, "Query.opt": echo])
    }

    @Test func literalsDefaultsAndSingleItemLists() async throws {
        let result = try await run(schema(), #"{ echo(req: 2, s: "x", in: {a: 5}, one: {y: "z"}, e: GREEN) }"#)
        #expect(result.data == .object(["echo": .string(#"{"i":1,"req":2,"s":["x"],"in":{"a":5,"b":"dflt"},"one":{"y":"z"},"e":"GREEN"}"#)]))
    }

    @Test func variablesInsideLiterals() async throws {
        let result = try await run(schema(), #"query Q($a: Int, $m: Int) { echo(req: 1, in: {a: $a}, s: ["p", $m]) }"#,
                                   variables: ["a": .int(9)])
        // $m is absent: in a list it becomes null; a missing optional argument variable leaves it out.
        #expect(result.data == .object(["echo": .string(#"{"i":1,"req":1,"s":["p",null],"in":{"a":9,"b":"dflt"}}"#)]))
    }

    @Test func missingVariableFallsBackToTheArgumentDefault() async throws {
        let result = try await run(schema(), "query Q($i: Int) { echo(i: $i, req: 3) opt(i: $i) }")
        #expect(result.data == .object(["echo": .string(#"{"i":1,"req":3}"#), "opt": .string("{}")]))
    }

    @Test func explicitNullIsKept() async throws {
        let result = try await run(schema(), "{ echo(i: null, req: 3) }")
        #expect(result.data == .object(["echo": .string(#"{"i":null,"req":3}"#)]))
    }

    @Test func missingRequiredArgumentIsAFieldError() async throws {
        let result = try await run(schema(), "{ echo }")
        #expect(result.data == .object(["echo": .null]))
        #expect(result.errors.map(\.message) == [#"Argument "req" of required type "Int!" was not provided."#])
        #expect(result.errors.first?.path == [.key("echo")])
    }

    @Test func requiredArgumentFromMissingVariable() async throws {
        let result = try await run(schema(), "query Q($r: Int) { echo(req: $r) }")
        #expect(result.errors.map(\.message) == [#"Argument "req" of required type "Int!" was provided the variable "$r" which was not provided a runtime value."#])
        let null = try await run(schema(), "query Q($r: Int) { echo(req: $r) }", variables: ["r": .null])
        #expect(null.errors.map(\.message) == [#"Argument "req" of non-null type "Int!" must not be null."#])
    }

    @Test func invalidLiteral() async throws {
        let result = try await run(schema(), #"{ echo(req: "x") e: echo(req: 1, one: {x: 1, y: "a"}) }"#)
        #expect(result.errors.map(\.message) == [
            #"Argument "req" has invalid value "x"."#,
            #"Argument "one" has invalid value {x: 1, y: "a"}."#,
        ])
        #expect(result.errors.map(\.locations) == [[SourceLocation(line: 1, column: 13)], [SourceLocation(line: 1, column: 39)]])
    }
}
