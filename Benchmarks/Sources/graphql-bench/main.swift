import BenchCore
import EngineBench
import Foundation
import SwiftGraphQLBench

// graphql-bench: µs/op of parse, validate and execute for five documents, for our engine
// and GraphQLSwift in this process and for graphql-core through
// Benchmarks/scripts/graphql_core_bench.py; prints a table and writes
// Benchmarks/results/latest.json.
//
// Arguments: case names to run only those (default: all five); --no-python to skip
// graphql-core; --budget-ms N for the time spent per measurement (default 1000);
// --profile PHASE to time only our engine on that phase (for valgrind --tool=callgrind).

let repository: URL = {
    var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
}()
let benchmarks = repository.appendingPathComponent("Benchmarks")
let documents = benchmarks.appendingPathComponent("Documents")
let schemaFile = repository.appendingPathComponent("Tests/GraphQLEngineTests/Differential/Corpus/schema.graphql")

var arguments = Array(CommandLine.arguments.dropFirst())
let runPython = !arguments.contains("--no-python")
arguments.removeAll { $0 == "--no-python" }
var budget = Duration.milliseconds(1000)
if let index = arguments.firstIndex(of: "--budget-ms"), index + 1 < arguments.count, let ms = Int(arguments[index + 1]) {
    budget = .milliseconds(ms)
    arguments.removeSubrange(index...index + 1)
}
var profilePhase: String?
if let index = arguments.firstIndex(of: "--profile"), index + 1 < arguments.count {
    profilePhase = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
}
let selected = Set(arguments)

#if DEBUG
let buildMode = "debug"
#else
let buildMode = "release"
#endif

let schemaSDL = try String(contentsOf: schemaFile, encoding: .utf8)
let data = try EngineBench.fixture(fromJSON: String(contentsOf: documents.appendingPathComponent("data.json"), encoding: .utf8))
let cases = try BenchCase.all(documents: documents).filter { selected.isEmpty || selected.contains($0.name) }
let phases = ["parse", "validate", "execute"]

func row(_ cells: [String]) -> String {
    let widths = [14, 9, 12, 14, 9, 13]
    return zip(cells, widths).map { cell, width in
        cell.count >= width ? cell : String(repeating: " ", count: width - cell.count) + cell
    }.joined(separator: " ")
}
func format(_ value: Double?) -> String {
    guard let value else { return "-" }
    return value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
}

print("graphql-bench (\(buildMode) build), \(Int(budget.components.seconds * 1000 + budget.components.attoseconds / 1_000_000_000_000_000)) ms per measurement")
print(row(["document", "phase", "ours µs", "GraphQLSwift", "speedup", "graphql-core"]))

if let profilePhase {
    for benchCase in cases {
        let ours = try EngineBench.runners(schemaSDL: schemaSDL, data: data, benchCase: benchCase)
        let time: Double
        switch profilePhase {
        case "parse": time = try microsecondsPerOperation(budget: budget, ours.parse)
        case "validate": time = microsecondsPerOperation(budget: budget, ours.validate)
        default: time = try await microsecondsPerAsyncOperation(budget: budget, ours.execute)
        }
        print(row([benchCase.name, profilePhase, format(time), "", "", ""]))
    }
    exit(0)
}

var pythonResults: [String: [String: Double]] = [:]
var pythonVersion = "not run"
if runPython {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", benchmarks.appendingPathComponent("scripts/graphql_core_bench.py").path,
                         "--budget-ms", String(Int(budget.components.seconds * 1000 + budget.components.attoseconds / 1_000_000_000_000_000))]
        + cases.map(\.name)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 0,
       let json = try JSONSerialization.jsonObject(with: bytes) as? [String: Any] {
        pythonVersion = json["version"] as? String ?? "?"
        pythonResults = json["results"] as? [String: [String: Double]] ?? [:]
    } else {
        pythonVersion = "failed (status \(process.terminationStatus))"
    }
}

var report: [[String: Any]] = []
for benchCase in cases {
    let ours = try EngineBench.runners(schemaSDL: schemaSDL, data: data, benchCase: benchCase)
    let variables = try EngineBench.fixture(fromJSON: benchCase.variablesJSON)
    let theirs = try SwiftGraphQLBench.runners(schemaSDL: schemaSDL, data: data, variables: variables, benchCase: benchCase)
    for phase in phases {
        let oursTime: Double
        let theirsTime: Double
        switch phase {
        case "parse":
            oursTime = try microsecondsPerOperation(budget: budget, ours.parse)
            theirsTime = try microsecondsPerOperation(budget: budget, theirs.parse)
        case "validate":
            oursTime = microsecondsPerOperation(budget: budget, ours.validate)
            theirsTime = microsecondsPerOperation(budget: budget, theirs.validate)
        default:
            oursTime = try await microsecondsPerAsyncOperation(budget: budget, ours.execute)
            theirsTime = try await microsecondsPerAsyncOperation(budget: budget, theirs.execute)
        }
        let python = pythonResults[benchCase.name]?[phase]
        print(row([benchCase.name, phase, format(oursTime), format(theirsTime),
                   String(format: "%.1f×", theirsTime / oursTime), format(python)]))
        var entry: [String: Any] = [
            "document": benchCase.name, "phase": phase,
            "graphqlEngineMicroseconds": oursTime, "graphQLSwiftMicroseconds": theirsTime,
            "speedupOverGraphQLSwift": theirsTime / oursTime,
        ]
        if let python { entry["graphqlCoreMicroseconds"] = python }
        report.append(entry)
    }
}

func machine() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
    return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)"
}

let formatter = ISO8601DateFormatter()
let json: [String: Any] = [
    "date": formatter.string(from: Date()),
    "machine": machine(),
    "buildMode": buildMode,
    "budgetMillisecondsPerMeasurement": Int(budget.components.seconds * 1000 + budget.components.attoseconds / 1_000_000_000_000_000),
    "engines": [EngineBench.name, SwiftGraphQLBench.name, "graphql-core \(pythonVersion) (Python)"],
    "results": report,
]
let resultsDirectory = benchmarks.appendingPathComponent("results")
try FileManager.default.createDirectory(at: resultsDirectory, withIntermediateDirectories: true)
let out = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
let file = resultsDirectory.appendingPathComponent(selected.isEmpty ? "latest.json" : "partial.json")
try out.write(to: file)
print("graphql-core: \(pythonVersion). Report: \(file.path)")
