import BenchCore
import EngineBench
import Foundation

// graphql-profile: runs one phase of our engine on one benchmark document N times, on
// the main thread only, so that `valgrind --tool=callgrind` can follow it (it crashes when
// libdispatch starts the worker threads of graphql-bench's async main).
//
// `execute` runs each call in `Task.immediate`, which starts the task on the calling
// thread: with the in-memory data nothing suspends, so the whole execution (and the JSON
// serialization the benchmark times) happens synchronously, with no worker thread.
//
// Usage: graphql-profile parse|validate|execute <document> [iterations]

let arguments = CommandLine.arguments
guard arguments.count >= 3, ["parse", "validate", "execute"].contains(arguments[1]) else {
    print("usage: graphql-profile parse|validate|execute <document> [iterations]")
    exit(64)
}
let phase = arguments[1]
let iterations = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000
var repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
for _ in 0..<4 { repository.deleteLastPathComponent() }
let documents = repository.appendingPathComponent("Benchmarks/Documents")
let schemaSDL = try String(
    contentsOf: repository.appendingPathComponent("Tests/GraphQLEngineTests/Differential/Corpus/schema.graphql"),
    encoding: .utf8)
guard let benchCase = try BenchCase.all(documents: documents).first(where: { $0.name == arguments[2] }) else {
    print("unknown document \(arguments[2])")
    exit(64)
}
let data: Fixture = phase == "execute"
    ? try EngineBench.fixture(fromJSON: String(contentsOf: documents.appendingPathComponent("data.json"), encoding: .utf8))
    : .null
let runners = try EngineBench.runners(schemaSDL: schemaSDL, data: data, benchCase: benchCase)

/// Runs one execution to completion on this thread; fails if it suspended.
func executeOnce() -> Int {
    nonisolated(unsafe) var outcome: Int? = nil
    Task.immediate {
        outcome = (try? await runners.execute()) ?? -1
    }
    guard let outcome else {
        print("execution suspended: graphql-profile needs synchronous resolvers")
        exit(70)
    }
    return outcome
}

var sink = 0
for _ in 0..<iterations {
    switch phase {
    case "parse": sink &+= try runners.parse()
    case "validate": sink &+= runners.validate()
    default: sink &+= executeOnce()
    }
}
print("\(phase) \(benchCase.name) × \(iterations): \(sink)")
