import Testing
@testable import GraphQLEngine

@Suite("Executor: errors and null propagation (spec §6.4.4)")
struct NullPropagationTests {
    static let sdl = """
    type Query {
      nullable: String
      nonNull: String!
      fails: String
      failsNonNull: String!
      obj: Obj
      objs: [Obj]
      strictObjs: [Obj!]
      items: [Int!]
      strictItems: [Int!]!
      looseItems: [Int]
    }
    type Obj { a: String, b: String!, fails: String!, nested: Obj }
    """

    func schema() throws -> GraphQLSchema {
        let obj: ObjectValue = ["a": .string("A"), "b": .string("B")]
        return try makeSchema(Self.sdl, resolvers: [
            "Query.fails": .sync { _, _, _, _ in throw GraphQLError("boom", extensions: ["code": .string("BOOM")]) },
            "Query.failsNonNull": .sync { _, _, _, _ in throw TestFailure(description: "internal") },
            "Query.obj": .constant(obj),
            "Query.objs": .constant([obj, obj]),
            "Query.strictObjs": .constant([obj, obj]),
            "Obj.fails": .sync { _, _, _, _ in throw GraphQLError("obj failed") },
            "Obj.nested": .constant(obj),
        ])
    }

    @Test func nullableFieldErrorKeepsMessageExtensionsAndGetsPathAndLocation() async throws {
        let result = try await run(schema(), "{\n  fails\n  nullable\n}")
        #expect(result.json == #"{"errors":[{"message":"boom","locations":[{"line":2,"column":3}],"path":["fails"],"extensions":{"code":"BOOM"}}],"data":{"fails":null,"nullable":null}}"#)
    }

    @Test func otherErrorsGoThroughTheMappingHook() async throws {
        let options = ExecutionOptions { error, info in
            GraphQLError("masked \(info.fieldName)", extensions: ["code": .string("INTERNAL")])
        }
        let result = try await run(schema(), "{ obj { a } failsNonNull }", options: options)
        #expect(result.json == #"{"errors":[{"message":"masked failsNonNull","locations":[{"line":1,"column":13}],"path":["failsNonNull"],"extensions":{"code":"INTERNAL"}}],"data":null}"#)
    }

    @Test func nonNullRootFieldReturningNullNullsData() async throws {
        let result = try await run(schema(), "{ nonNull }")
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field Query.nonNull."])
        #expect(result.errors.first?.path == [.key("nonNull")])
    }

    @Test func nonNullFieldErrorNullsTheNearestNullableParent() async throws {
        let result = try await run(schema(), "{ obj { a nested { a fails } } nullable }")
        #expect(result.json == #"{"errors":[{"message":"obj failed","locations":[{"line":1,"column":22}],"path":["obj","nested","fails"]}],"data":{"obj":{"a":"A","nested":null},"nullable":null}}"#)
    }

    @Test func errorInListItemObjectNullsThatItemOnly() async throws {
        let result = try await run(schema(), "{ objs { a fails } }")
        #expect(result.data == .object(["objs": .list([.null, .null])]))
        #expect(result.errors.map(\.path) == [[.key("objs"), .index(0), .key("fails")], [.key("objs"), .index(1), .key("fails")]])
    }

    @Test func errorInNonNullListItemNullsTheList() async throws {
        let result = try await run(schema(), "{ strictObjs { fails } }")
        #expect(result.data == .object(["strictObjs": .null]))
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.path == [.key("strictObjs"), .index(0), .key("fails")])
    }

    @Test func nullInNonNullListItem() async throws {
        let root: ObjectValue = [
            "items": .list([.int(1), .null, .int(3)]),
            "looseItems": .list([.int(1), .null, .string("x")]),
        ]
        let result = try await run(schema(), "{ items looseItems }", rootValue: root)
        #expect(result.data == .object(["items": .null, "looseItems": .list([.int(1), .null, .null])]))
        #expect(result.errors.map(\.message) == [
            "Cannot return null for non-nullable field Query.items.",
            "Int cannot represent non-integer value: \"x\"",
        ])
        #expect(result.errors.map(\.path) == [[.key("items"), .index(1)], [.key("looseItems"), .index(2)]])
    }

    @Test func nullInNonNullListOfNonNullPropagatesToData() async throws {
        let root: ObjectValue = ["strictItems": .list([.null])]
        let result = try await run(schema(), "{ nullable strictItems }", rootValue: root)
        #expect(result.data == .null)
        #expect(result.errors.first?.path == [.key("strictItems"), .index(0)])
    }

    @Test func requestErrorResultsHaveNoData() {
        let result = ExecutionResult.requestErrors([GraphQLError("bad", locations: [SourceLocation(line: 1, column: 2)])])
        #expect(result.json == #"{"errors":[{"message":"bad","locations":[{"line":1,"column":2}]}]}"#)
    }

    @Test func resultSerializationOmitsEmptyParts() {
        #expect(ExecutionResult(data: .object([:])).json == #"{"data":{}}"#)
        let withExtensions = ExecutionResult(data: .null, errors: [GraphQLError("x", path: [.key("a"), .index(0)])],
                                             extensions: ["cost": .int(3)])
        #expect(withExtensions.json == #"{"errors":[{"message":"x","path":["a",0]}],"data":null,"extensions":{"cost":3}}"#)
        #expect(withExtensions.response == (try? JSONReader().read(withExtensions.jsonBytes())))
    }
}
