// swift-tools-version:6.2
// Benchmarks of the GraphQL engine against GraphQLSwift (and graphql-core, timed by a
// Python script): its own package, so the server never depends on GraphQLSwift.
// Run: swift run -c release graphql-bench
//
// GraphQLSwift's module is `GraphQL` and ours `GraphQLEngine`: the names do not clash,
// but their declarations do (parse, validate, execute, Source, GraphQLError, ...), so
// each engine is driven from its own target that imports only that engine.
import PackageDescription

let package = Package(
    name: "PortfolioOSBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PortfolioOS", path: ".."),
        .package(url: "https://github.com/GraphQLSwift/GraphQL.git", from: "4.3.0"),
        // For GraphQLSwift's `Map` dictionaries (already one of its dependencies).
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.0.0"),
    ],
    targets: [
        // The benchmark cases, timing and the engine-neutral fixture data.
        .target(name: "BenchCore"),
        // Our engine.
        .target(
            name: "EngineBench",
            dependencies: ["BenchCore", .product(name: "GraphQLEngine", package: "PortfolioOS")]
        ),
        // GraphQLSwift.
        .target(
            name: "SwiftGraphQLBench",
            dependencies: [
                "BenchCore",
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "graphql-bench",
            dependencies: ["BenchCore", "EngineBench", "SwiftGraphQLBench"]
        ),
        // Synchronous runner of one phase of our engine, for valgrind --tool=callgrind.
        .executableTarget(name: "graphql-profile", dependencies: ["BenchCore", "EngineBench"]),
        // Loads 10,000 units / 1,000,000 charges into MariaDB and times the reports and the
        // year-end CSV export: swift run -c release report-bench
        .executableTarget(
            name: "report-bench",
            dependencies: [
                .product(name: "PortfolioRepositories", package: "PortfolioOS"),
                .product(name: "MariaDB", package: "PortfolioOS"),
            ]
        ),
    ]
)
