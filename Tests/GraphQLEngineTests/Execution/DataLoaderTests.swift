import Testing
import Synchronization
@testable import GraphQLEngine

/// Counts batch calls and remembers their keys.
final class BatchRecorder: Sendable {
    private let batches = Mutex<[[Int]]>([])
    func record(_ keys: [Int]) { batches.withLock { $0.append(keys) } }
    var all: [[Int]] { batches.withLock { $0 } }
}

/// Per-request context holding the loaders, as the API layer does.
struct LoaderContext: Sendable {
    let items: DataLoader<Int, ObjectValue>
    let names: DataLoader<Int, String>
}

@Suite("DataLoader: batching per execution level")
struct DataLoaderTests {
    static let sdl = """
    type Query { items: [Item!]! }
    type Item { id: Int! name: String! parent: Item! }
    """

    func setUp() throws -> (GraphQLSchema, LoaderContext, BatchRecorder, BatchRecorder) {
        let itemBatches = BatchRecorder()
        let nameBatches = BatchRecorder()
        let context = LoaderContext(
            items: DataLoader(maxBatchDelay: .seconds(5)) { keys in
                itemBatches.record(keys)
                var result: [Int: ObjectValue] = [:]
                for key in keys { result[key] = ["id": .int(key)] }
                return result
            },
            names: DataLoader(maxBatchDelay: .seconds(5), ordered: { keys in
                nameBatches.record(keys)
                return keys.map { "item \($0)" }
            }))
        let id: @Sendable (any Sendable) -> Int = { source in
            if case .int(let id)? = (source as? ObjectValue)?["id"] { return id }
            return -1
        }
        let schema = try makeSchema(Self.sdl, resolvers: [
            "Query.items": .constant((1...50).map { ["id": .int($0)] as ObjectValue }),
            "Item.name": .async { source, _, context, _ in
                try await (context as! LoaderContext).names.load(id(source))
            },
            "Item.parent": .async { source, _, context, _ in
                try await (context as! LoaderContext).items.load(id(source) + 1000)
            },
        ])
        return (schema, context, itemBatches, nameBatches)
    }

    @Test func fiftySiblingLoadsMakeOneBatchPerLevel() async throws {
        let (schema, context, itemBatches, nameBatches) = try setUp()
        let result = try await run(schema, "{ items { name parent { id name parent { id } } } }", context: context)
        #expect(result.errors.isEmpty)
        guard case .object(let data)? = result.data, case .list(let items)? = data["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.count == 50)
        #expect(items.first == .object([
            "name": .string("item 1"),
            "parent": .object(["id": .int(1001), "name": .string("item 1001"), "parent": .object(["id": .int(2001)])]),
        ]))
        // Level 1: names of 1...50 and parents 1001...1050 (one batch per loader);
        // level 2: names of 1001...1050 and parents 2001...2050.
        #expect(nameBatches.all.count == 2)
        #expect(itemBatches.all.count == 2)
        #expect(nameBatches.all.first.map(Set.init) == Set(1...50))
        #expect(itemBatches.all.last.map(Set.init) == Set(2001...2050))
    }

    @Test func resultsAreCachedAndDuplicatesCoalesce() async throws {
        let batches = BatchRecorder()
        let loader = DataLoader<Int, Int> { keys in
            batches.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0 * 10) })
        }
        let values = try await loader.loadMany([1, 2, 1, 3])
        #expect(values == [10, 20, 10, 30])
        #expect(try await loader.load(2) == 20)
        #expect(batches.all.count == 1)
        #expect(batches.all.first.map(Set.init) == [1, 2, 3])
        loader.clear(2)
        #expect(try await loader.load(2) == 20)
        #expect(batches.all.count == 2)
        loader.prime(7, 70)
        #expect(try await loader.load(7) == 70)
        #expect(batches.all.count == 2)
    }

    @Test func missingKeysAndBatchErrorsFailTheirLoads() async throws {
        let loader = DataLoader<Int, String> { keys in
            if keys.contains(0) { throw TestFailure(description: "batch failed") }
            return [1: "one"]
        }
        #expect(try await loader.load(1) == "one")
        await #expect(throws: DataLoaderError.missingKey("2")) { try await loader.load(2) }
        await #expect(throws: TestFailure.self) { try await loader.load(0) }
    }

    @Test func maxBatchSizeSplitsBatches() async throws {
        let batches = BatchRecorder()
        let loader = DataLoader<Int, Int>(maxBatchSize: 2) { keys in
            batches.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) })
        }
        _ = try await loader.loadMany([1, 2, 3, 4, 5])
        #expect(batches.all.map(\.count).sorted() == [1, 2, 2])
    }

    @Test func loaderErrorsBecomeFieldErrors() async throws {
        let schema = try makeSchema("type Query { x: String }", resolvers: [
            "Query.x": .async { _, _, context, _ in try await (context as! DataLoader<Int, String>).load(9) },
        ])
        let loader = DataLoader<Int, String> { _ in [:] }
        let result = try await run(schema, "{ x }", context: loader)
        #expect(result.errors.map(\.message) == ["DataLoader batch function returned no value for key 9"])
    }
}

@Suite("DataLoader: loads made by batch functions")
struct NestedDataLoaderTests {
    @Test func aBatchFunctionMayLoadFromAnotherLoader() async throws {
        let inner = DataLoader<Int, Int> { keys in Dictionary(uniqueKeysWithValues: keys.map { ($0, $0 + 1) }) }
        let outer = DataLoader<Int, Int> { keys in
            let values = try await inner.loadMany(keys)
            return Dictionary(uniqueKeysWithValues: zip(keys, values))
        }
        let schema = try makeSchema("type Query { xs: [X] } type X { v: Int }", resolvers: [
            "Query.xs": .constant([1, 2, 3]),
            "X.v": .async { source, _, _, _ in try await outer.load(source as! Int) },
        ])
        let result = try await run(schema, "{ xs { v } }")
        #expect(result.json == #"{"data":{"xs":[{"v":2},{"v":3},{"v":4}]}}"#)
    }
}

extension TestFailure: Equatable {
    static func == (lhs: TestFailure, rhs: TestFailure) -> Bool { lhs.description == rhs.description }
}
