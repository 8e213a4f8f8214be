import Testing
import Synchronization
@testable import GraphQLEngine

/// Records the order in which things happen, across tasks.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])
    func add(_ event: String) { events.withLock { $0.append(event) } }
    var all: [String] { events.withLock { $0 } }
}

@Suite("Executor: operations, mutations, async resolvers")
struct OperationTests {
    static let sdl = """
    type Query { a: String b: String slow(ms: Int!, tag: String!): String }
    type Mutation { step(ms: Int!, tag: String!): String! fail: String! }
    type Subscription { tick: Int }
    """

    func schema(_ log: EventLog) throws -> GraphQLSchema {
        let slow: FieldResolver = .async { _, args, _, _ in
            guard case .int(let ms)? = args["ms"], case .string(let tag)? = args["tag"] else { return nil }
            log.add("start \(tag)")
            try await Task.sleep(for: .milliseconds(ms))
            log.add("end \(tag)")
            return tag
        }
        return try makeSchema(Self.sdl, resolvers: [
            "Query.a": .constant("A"), "Query.b": .constant("B"),
            "Query.slow": slow, "Mutation.step": slow,
            "Mutation.fail": .async { _, _, _, _ in throw GraphQLError("nope") },
        ])
    }

    @Test func operationSelection() async throws {
        let schema = try schema(EventLog())
        let document = "query A { a } query B { b }"
        let missing = try await run(schema, document)
        #expect(missing.json == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#)
        let unknown = try await run(schema, document, operationName: "x")
        #expect(unknown.errors.map(\.message) == [#"Unknown operation named "x"."#])
        #expect(unknown.data == nil)
        let chosen = try await run(schema, document, operationName: "B")
        #expect(chosen.json == #"{"data":{"b":"B"}}"#)
        let none = try await run(schema, "fragment F on Query { a }")
        #expect(none.errors.map(\.message) == ["Must provide an operation."])
    }

    @Test func subscriptionsAreARequestError() async throws {
        let result = try await run(schema(EventLog()), "subscription { tick }")
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == ["Subscriptions are not supported by this server."])
    }

    @Test func missingRootTypeIsReported() async throws {
        let schema = try makeSchema("type Query { a: String }")
        let result = try await run(schema, "mutation { a }")
        #expect(result.errors.map(\.message) == ["Schema is not configured to execute mutation operation."])
    }

    @Test func mutationRootFieldsRunSeriallyInOrder() async throws {
        let log = EventLog()
        let result = try await run(schema(log), """
        mutation { first: step(ms: 40, tag: "1") second: step(ms: 1, tag: "2") third: step(ms: 20, tag: "3") }
        """)
        #expect(result.json == #"{"data":{"first":"1","second":"2","third":"3"}}"#)
        #expect(log.all == ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"])
    }

    @Test func failingNonNullMutationFieldStopsTheRest() async throws {
        let log = EventLog()
        let result = try await run(schema(log), #"mutation { a: step(ms: 1, tag: "a") fail b: step(ms: 1, tag: "b") }"#)
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["nope"])
        #expect(log.all == ["start a", "end a"])
    }

    @Test func queryAsyncFieldsRunConcurrently() async throws {
        let log = EventLog()
        let result = try await run(schema(log), """
        { a x: slow(ms: 60, tag: "x") y: slow(ms: 60, tag: "y") b }
        """)
        #expect(result.json == #"{"data":{"a":"A","x":"x","y":"y","b":"B"}}"#)
        // Both started before either ended.
        #expect(Set(log.all.prefix(2)) == ["start x", "start y"])
    }

    @Test func asyncFieldsNestedInListsAndObjects() async throws {
        let schema = try makeSchema("""
        type Query { items: [Item!]! }
        type Item { id: Int! double: Int! child: Item }
        """, resolvers: [
            "Query.items": .async { _, _, _, _ in (1...3).map { ["id": .int($0)] as ObjectValue } },
            "Item.double": .async { source, _, _, _ in
                guard case .int(let id)? = (source as? ObjectValue)?["id"] else { return nil }
                await Task.yield()
                return id * 2
            },
            "Item.child": .async { source, _, _, _ in
                guard case .int(let id)? = (source as? ObjectValue)?["id"], id < 3 else { return nil }
                return ["id": .int(id * 10)] as ObjectValue
            },
        ])
        let result = try await run(schema, "{ items { id double child { id double } } }")
        #expect(result.json == #"{"data":{"items":[{"id":1,"double":2,"child":{"id":10,"double":20}},{"id":2,"double":4,"child":{"id":20,"double":40}},{"id":3,"double":6,"child":null}]}}"#)
    }

    @Test func asyncNullPropagation() async throws {
        let schema = try makeSchema("""
        type Query { items: [Item] }
        type Item { id: Int! bad: Int! }
        """, resolvers: [
            "Query.items": .constant([["id": .int(1)] as ObjectValue, ["id": .int(2)] as ObjectValue]),
            "Item.bad": .async { source, _, _, _ in
                guard case .int(let id)? = (source as? ObjectValue)?["id"] else { return nil }
                if id == 2 { throw TestFailure(description: "bad \(id)") }
                return id
            },
        ])
        let result = try await run(schema, "{ items { id bad } }")
        #expect(result.json == #"{"errors":[{"message":"bad 2","locations":[{"line":1,"column":14}],"path":["items",1,"bad"]}],"data":{"items":[{"id":1,"bad":1},null]}}"#)
    }
}
