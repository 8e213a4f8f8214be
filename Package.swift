// swift-tools-version:6.2
import PackageDescription

/// PortfolioOS: a GraphQL API server for rental portfolios.
///
/// Targets follow the architecture in docs/architecture.md, imports point downward only:
/// GraphQLEngine and MariaDB know nothing of property management; PortfolioDomain knows
/// nothing of SQL or HTTP; PortfolioAPI wires resolvers to repositories; PortfolioHTTP is
/// the Hummingbird edge; `portfolio` is the command-line executable.
let package = Package(
    name: "PortfolioOS",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "portfolio", targets: ["Portfolio"]),
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
        .library(name: "MariaDB", targets: ["MariaDB"]),
        // For Benchmarks/report-bench (loads data and times the report queries).
        .library(name: "PortfolioRepositories", targets: ["PortfolioRepositories"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // GraphQL engine: language, type system, validation, execution, introspection.
        .target(name: "GraphQLEngine"),

        // MariaDB Connector/C and the Swift client over it.
        .systemLibrary(
            name: "CMariaDB",
            pkgConfig: "libmariadb",
            providers: [.apt(["libmariadb-dev"])]
        ),
        .target(
            name: "MariaDB",
            dependencies: [
                "CMariaDB",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

        // Business rules: pure Swift, no I/O.
        .target(name: "PortfolioDomain"),

        // SQL: migrations, the database bootstrap (URL or embedded), repositories.
        .target(
            name: "PortfolioRepositories",
            dependencies: [
                "MariaDB", "PortfolioDomain",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The GraphQL API: schema loading, resolvers, request context, error mapping.
        .target(
            name: "PortfolioAPI",
            dependencies: [
                "GraphQLEngine", "MariaDB", "PortfolioDomain", "PortfolioRepositories",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),

        // The HTTP edge: Hummingbird app, /graphql, health, middleware.
        .target(
            name: "PortfolioHTTP",
            dependencies: [
                "PortfolioAPI", "GraphQLEngine", "MariaDB",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The `portfolio` command: serve, migrate, seed-demo, schema.
        .executableTarget(
            name: "Portfolio",
            dependencies: [
                "PortfolioHTTP", "PortfolioAPI", "PortfolioRepositories", "MariaDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The corpus files are read from the source tree by path, not bundled.
        .testTarget(name: "GraphQLEngineTests", dependencies: ["GraphQLEngine"], exclude: ["Differential/Corpus"]),
        // Test-only: the shared MariaDB server and per-test databases for integration tests.
        .target(
            name: "DatabaseTestSupport",
            dependencies: ["MariaDB", .product(name: "Logging", package: "swift-log")],
            path: "Tests/Support/DatabaseTestSupport"
        ),
        .testTarget(name: "MariaDBTests", dependencies: ["MariaDB", "DatabaseTestSupport"]),
        .testTarget(name: "PortfolioDomainTests", dependencies: ["PortfolioDomain"]),
        .testTarget(
            name: "PortfolioRepositoriesTests",
            dependencies: ["PortfolioRepositories", "MariaDB", "DatabaseTestSupport"]
        ),
        // make_qr_vectors.py regenerates the QR test vectors (a tool, not a resource).
        .testTarget(name: "PortfolioAPITests", dependencies: ["PortfolioAPI", "GraphQLEngine"], exclude: ["Auth/QRCode/make_qr_vectors.py"]),
        .testTarget(
            name: "PortfolioHTTPTests",
            dependencies: [
                "PortfolioHTTP", "PortfolioAPI", "PortfolioRepositories", "MariaDB", "GraphQLEngine",
                "DatabaseTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ]
        ),
    ]
)
