import HTTPTypes
import HummingbirdTesting
import PortfolioHTTP
import Testing

@Suite struct RequestIDMiddlewareTests {
    @Test func keepsAWellFormedClientIDAndReplacesAMalformedOne() async throws {
        let api = try TestApp.portfolioAPI(services: TestApp.offlineServices)
        try await TestApp.run(api: api, services: TestApp.offlineServices) { client in
            let kept = try await client.execute(
                uri: "/healthz", method: .get, headers: [RequestIDMiddleware.headerName: "client-id.123:abc"])
            #expect(kept.headers[RequestIDMiddleware.headerName] == "client-id.123:abc")

            let forged = try await client.execute(
                uri: "/healthz", method: .get, headers: [RequestIDMiddleware.headerName: "bad id\nwith newline"])
            let replaced = try #require(forged.headers[RequestIDMiddleware.headerName])
            #expect(replaced != "bad id\nwith newline")
            #expect(replaced.count == 32 && replaced.allSatisfy(\.isHexDigit))

            let generated = try await client.execute(uri: "/healthz", method: .get)
            let other = try await client.execute(uri: "/healthz", method: .get)
            #expect(generated.headers[RequestIDMiddleware.headerName] != other.headers[RequestIDMiddleware.headerName])
        }
    }

    @Test func errorResponsesCarryTheIDToo() async throws {
        let api = try TestApp.portfolioAPI(services: TestApp.offlineServices)
        try await TestApp.run(api: api, services: TestApp.offlineServices) { client in
            let notFound = try await client.execute(
                uri: "/no-such-route", method: .get, headers: [RequestIDMiddleware.headerName: "lost-1"])
            #expect(notFound.status == .notFound)
            #expect(notFound.headers[RequestIDMiddleware.headerName] == "lost-1")
        }
    }
}
