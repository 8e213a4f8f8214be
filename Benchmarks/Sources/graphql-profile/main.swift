import BenchCore
import EngineBench
import Foundation

// graphql-profile: runs one synchronous phase (parse or validate) of our engine on one
// benchmark document N times, with no async entry point, so that
// `valgrind --tool=callgrind` can follow it (it crashes when libdispatch starts the
// worker threads of graphql-bench's async main).
//
// Usage: graphql-profile parse|validate <document> [iterations]

let arguments = CommandLine.arguments
guard arguments.count >= 3, ["parse", "validate"].contains(arguments[1]) else {
    print("usage: graphql-profile parse|validate <document> [iterations]")
    exit(64)
}
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
let runners = try EngineBench.runners(schemaSDL: schemaSDL, data: .null, benchCase: benchCase)
var sink = 0
for _ in 0..<iterations {
    sink &+= arguments[1] == "parse" ? try runners.parse() : runners.validate()
}
print("\(arguments[1]) \(benchCase.name) × \(iterations): \(sink)")
