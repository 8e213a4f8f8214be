import DatabaseTestSupport
import HummingbirdTesting
import MariaDB
import PortfolioAPI
import PortfolioHTTP
import Testing

/// `/healthz` and `/readyz` against a real MariaDB, and against one that is not there.
@Suite struct HealthRoutesTests {
    @Test func readyWhenTheDatabaseAnswers() async throws {
        try await TestDatabase.withPool { pool in
            let services = APIServices(pool: pool, isDatabaseReachable: { await pool.isHealthy() })
            let api = try TestApp.portfolioAPI(services: services)
            try await TestApp.run(api: api, services: services) { client in
                let health = try await client.execute(uri: "/healthz", method: .get)
                #expect(health.status == .ok)
                #expect(health.text == #"{"status":"ok"}"#)
                let ready = try await client.execute(uri: "/readyz", method: .get)
                #expect(ready.status == .ok)
                #expect(ready.text == #"{"status":"ready","database":"ok"}"#)
                // The same fact through GraphQL.
                let graphQL = try await client.execute(
                    uri: "/graphql", method: .post, headers: graphQLHeaders,
                    body: jsonBody(#"{"query":"{ apiVersion health { database } }"}"#))
                #expect(graphQL.text == #"{"data":{"apiVersion":"0.1.0","health":{"database":true}}}"#)
            }
        }
    }

    @Test func notReadyWhenTheDatabaseIsUnreachable() async throws {
        let configuration = MariaDBConfiguration(
            endpoint: .unixSocket(path: "/nonexistent/portfolio-test.sock"), user: "root", connectTimeout: .seconds(1))
        let pool = MariaDBPool(configuration: configuration, options: .init(maxConnections: 1, checkoutTimeout: .seconds(2)))
        let services = APIServices(pool: pool, isDatabaseReachable: { await pool.isHealthy() })
        let api = try TestApp.portfolioAPI(services: services)
        try await TestApp.run(api: api, services: services) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.text == #"{"status":"unavailable","database":"unreachable"}"#)
        }
        await pool.close()
    }

    /// After `mariadbd` stops and starts again, the running server answers again without a
    /// restart: the pool drops dead connections and reconnects.
    @Test func recoversAfterTheDatabaseRestarts() async throws {
        let server = MariaDBServer(
            options: .init(directory: TestDatabase.makeTemporaryDirectory("http-restart"), durable: false,
                removeDirectoryWhenProcessExits: true),
            logger: TestDatabase.logger)
        try await server.start(createDatabase: "restart")
        let pool = MariaDBPool(
            configuration: server.configuration(database: "restart"),
            options: .init(maxConnections: 2, checkoutTimeout: .seconds(5), healthCheckAfterIdle: .zero))
        let services = APIServices(pool: pool, isDatabaseReachable: { await pool.isHealthy() })
        let api = try TestApp.portfolioAPI(services: services)
        try await TestApp.run(api: api, services: services) { client in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            await server.stop()
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .serviceUnavailable)
            try await server.start()
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            let graphQL = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders,
                body: jsonBody(#"{"query":"{ health { database } }"}"#))
            #expect(graphQL.text == #"{"data":{"health":{"database":true}}}"#)
        }
        await pool.close()
        await server.stop()
    }
}
