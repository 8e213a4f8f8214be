import Testing
@testable import GraphQLEngine

@Suite("Executor: variable coercion (spec §6.1.2)")
struct VariableCoercionTests {
    static let sdl = """
    type Query { echo(i: Int, s: [String], in: In, one: One, e: Color, d: Date, n: [[Int]]): String }
    input In { a: Int!, b: String = "dflt", list: [Int!] }
    input One @oneOf { x: Int, y: String }
    enum Color { RED GREEN }
    scalar Date
    """

    func schema() throws -> GraphQLSchema {
        try makeSchema(Self.sdl, resolvers: [
            "Query.echo": .sync { _, args, _, _ in JSONWriter.string(.object(args)) },
        ], scalars: [
            "Date": ScalarCoercion(parseValue: { value throws(GraphQLError) in
                guard case .string(let text) = value, text.count == 10 else {
                    throw GraphQLError("Date must be YYYY-MM-DD")
                }
                return .string("date:" + text)
            }),
        ])
    }

    func echo(_ query: String, _ json: String) async throws -> ExecutionResult {
        try await run(schema(), query, variables: variables(json))
    }

    @Test func missingRequiredVariable() async throws {
        let result = try await echo("query Q($i: Int!) { echo(i: $i) }", "{}")
        #expect(result.json == #"{"errors":[{"message":"Variable \"$i\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":9}]}]}"#)
    }

    @Test func nullForNonNullVariable() async throws {
        let result = try await echo("query Q($i: Int!) { echo(i: $i) }", #"{"i": null}"#)
        #expect(result.errors.map(\.message) == [#"Variable "$i" of non-null type "Int!" must not be null."#])
        #expect(result.data == nil)
    }

    @Test func invalidScalarValue() async throws {
        let result = try await echo("query Q($i: Int) { echo(i: $i) }", #"{"i": "x"}"#)
        #expect(result.errors.map(\.message) == [#"Variable "$i" got invalid value "x"; Int cannot represent non-integer value: "x""#])
        let big = try await echo("query Q($i: Int) { echo(i: $i) }", #"{"i": 99999999999999999999}"#)
        #expect(big.errors.count == 1)
        #expect(big.data == nil)
    }

    @Test func invalidValueDeepInsideNamesThePath() async throws {
        let result = try await echo("query Q($v: In) { echo(in: $v) }", #"{"v": {"a": 1, "list": [1, null]}}"#)
        #expect(result.errors.map(\.message) == [#"Variable "$v" got invalid value null at "v.list[1]"; Expected non-nullable type "Int!" not to be null."#])
    }

    @Test func inputObjectRules() async throws {
        let result = try await echo("query Q($v: In) { echo(in: $v) }", #"{"v": {"b": "x", "zz": 1}}"#)
        #expect(result.errors.map(\.message) == [
            #"Variable "$v" got invalid value { b: "x", zz: 1 }; Field "a" of required type "Int!" was not provided."#,
            #"Variable "$v" got invalid value { b: "x", zz: 1 }; Field "zz" is not defined by type "In"."#,
        ])
        let notObject = try await echo("query Q($v: In) { echo(in: $v) }", #"{"v": 3}"#)
        #expect(notObject.errors.map(\.message) == [#"Variable "$v" got invalid value 3; Expected type "In" to be an object."#])
        let ok = try await echo("query Q($v: In) { echo(in: $v) }", #"{"v": {"a": 1, "list": 5}}"#)
        #expect(ok.data == .object(["echo": .string(#"{"in":{"a":1,"b":"dflt","list":[5]}}"#)]))
    }

    @Test func oneOfRules() async throws {
        let two = try await echo("query Q($v: One) { echo(one: $v) }", #"{"v": {"x": 1, "y": "a"}}"#)
        #expect(two.errors.map(\.message) == [#"Variable "$v" got invalid value { x: 1, y: "a" }; Exactly one key must be specified for OneOf type "One"."#])
        let null = try await echo("query Q($v: One) { echo(one: $v) }", #"{"v": {"x": null}}"#)
        #expect(null.errors.map(\.message) == [#"Variable "$v" got invalid value null at "v.x"; Field "x" must be non-null."#])
        let ok = try await echo("query Q($v: One) { echo(one: $v) }", #"{"v": {"y": "a"}}"#)
        #expect(ok.data == .object(["echo": .string(#"{"one":{"y":"a"}}"#)]))
    }

    @Test func listsEnumsAndCustomScalars() async throws {
        let result = try await echo(
            "query Q($s: [String], $e: Color, $d: Date, $n: [[Int]]) { echo(s: $s, e: $e, d: $d, n: $n) }",
            #"{"s": "one", "e": "RED", "d": "2026-01-31", "n": [1, [2, 3]]}"#)
        #expect(result.data == .object(["echo": .string(#"{"s":["one"],"e":"RED","d":"date:2026-01-31","n":[[1],[2,3]]}"#)]))
        let badEnum = try await echo("query Q($e: Color) { echo(e: $e) }", #"{"e": "BLUE"}"#)
        #expect(badEnum.errors.map(\.message) == [#"Variable "$e" got invalid value "BLUE"; Value "BLUE" does not exist in "Color" enum."#])
        let badDate = try await echo("query Q($d: Date) { echo(d: $d) }", #"{"d": "x"}"#)
        #expect(badDate.errors.map(\.message) == [#"Variable "$d" got invalid value "x"; Date must be YYYY-MM-DD"#])
    }

    @Test func defaultsApplyOnlyWhenNotProvided() async throws {
        let query = #"query Q($i: Int = 7, $s: [String] = ["a"]) { echo(i: $i, s: $s) }"#
        let absent = try await echo(query, "{}")
        #expect(absent.data == .object(["echo": .string(#"{"i":7,"s":["a"]}"#)]))
        let explicitNull = try await echo(query, #"{"i": null}"#)
        #expect(explicitNull.data == .object(["echo": .string(#"{"i":null,"s":["a"]}"#)]))
    }

    @Test func everyVariableErrorIsReported() async throws {
        let result = try await echo("query Q($a: Int!, $b: Int!) { echo(i: $a) }", "{}")
        #expect(result.errors.count == 2)
    }

    @Test func customScalarLiteralsGoThroughTheScalar() async throws {
        let ok = try await run(schema(), #"{ echo(d: "2026-01-31") }"#)
        #expect(ok.data == .object(["echo": .string(#"{"d":"date:2026-01-31"}"#)]))
        let bad = try await run(schema(), #"{ echo(d: "x") }"#)
        #expect(bad.errors.map(\.message) == [#"Argument "d" has invalid value "x"."#])
    }
}
