import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortfolioAPI
import PortfolioHTTP
import Testing

/// `/graphql` over HTTP, section by section of the GraphQL-over-HTTP draft
/// (../shared/reference/graphql-over-http/GraphQLOverHTTP.md).
@Suite struct GraphQLRoutesTests {
    /// A schema with a mutation and failing fields, for outcomes `schema.graphql` cannot show yet.
    static func testEndpoint() throws -> GraphQLEndpoint {
        struct Boom: Error {}
        let schema = try buildSchema(
            """
            type Query { hello(name: String = "world"): String!, broken: String, internal: String, count(n: Int!): Int! }
            type Mutation { bump: Int! }
            """,
            options: SchemaBuildOptions(resolvers: [
                "Query.hello": .sync { _, arguments, _, _ in
                    guard case .string(let name)? = arguments["name"] else { return nil }
                    return "hello \(name)"
                },
                "Query.broken": .sync { _, _, _, _ in throw GraphQLError("broken on purpose") },
                "Query.internal": .sync { _, _, _, _ in throw Boom() },
                "Query.count": .sync { _, arguments, _, _ in arguments["n"] },
                "Mutation.bump": .constant(1),
            ]))
        return GraphQLEndpoint(service: GraphQLService(schema: schema), services: TestApp.offlineServices, logger: TestApp.logger)
    }

    @Test func typenameOverPOSTAnswersWithTheGraphQLMediaType() async throws {
        let api = try TestApp.portfolioAPI(services: TestApp.offlineServices)
        try await TestApp.run(api: api, services: TestApp.offlineServices) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(#"{"query":"{ __typename }"}"#))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
            #expect(response.text == #"{"data":{"__typename":"Query"}}"#)
        }
    }

    @Test func getRunsQueriesWithVariablesFromTheQueryString() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            let query = "query($n:Int!){count(n:$n) hello}".addingPercentEncodingForQuery()
            let variables = #"{"n":7}"#.addingPercentEncodingForQuery()
            let response = try await client.execute(
                uri: "/graphql?query=\(query)&variables=\(variables)", method: .get,
                headers: [.accept: "application/graphql-response+json"])
            #expect(response.status == .ok)
            #expect(response.text == #"{"data":{"count":7,"hello":"hello world"}}"#)
        }
    }

    @Test func mutationsOverGETAreRefusedWith405AndAllow() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            let query = "mutation { bump }".addingPercentEncodingForQuery()
            let response = try await client.execute(uri: "/graphql?query=\(query)", method: .get, headers: [.accept: "*/*"])
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "POST")
            let post = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(#"{"query":"mutation { bump }"}"#))
            #expect(post.status == .ok)
            #expect(post.text == #"{"data":{"bump":1}}"#)
        }
    }

    @Test func statusCodesFollowTheOutcome() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(body))
            }
            // Document parsing failure: 400, still a GraphQL response.
            let unparsable = try await post(#"{"query":"{"}"#)
            #expect(unparsable.status == .badRequest)
            #expect(unparsable.headers[.contentType]?.hasPrefix("application/graphql-response+json") == true)
            #expect(unparsable.text.contains("Syntax Error"))
            #expect(unparsable.json?.objectValue?["data"] == nil)
            // Validation failure: 422.
            let invalid = try await post(#"{"query":"{ nope }"}"#)
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains(#"Cannot query field \"nope\" on type \"Query\"."#))
            // Operation cannot be determined: 422.
            let unknownOperation = try await post(#"{"query":"query A { hello }","operationName":"B"}"#)
            #expect(unknownOperation.status == .unprocessableContent)
            #expect(unknownOperation.text.contains(#"Unknown operation named \"B\"."#))
            // Variable coercion failure: 422.
            let badVariables = try await post(#"{"query":"query($n:Int!){count(n:$n)}","variables":{"n":"x"}}"#)
            #expect(badVariables.status == .unprocessableContent)
            #expect(badVariables.text.contains("$n"))
            // Field error with data: 294, partial success.
            let partial = try await post(#"{"query":"{ hello broken }"}"#)
            #expect(partial.status.code == 294)
            #expect(partial.text == #"{"errors":[{"message":"broken on purpose","locations":[{"line":1,"column":9}],"path":["broken"]}],"data":{"hello":"hello world","broken":null}}"#)
        }
    }

    @Test func unexpectedResolverErrorsAreMaskedWithTheRequestID() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            var headers = graphQLHeaders
            headers[RequestIDMiddleware.headerName] = "trace-42"
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: headers, body: jsonBody(#"{"query":"{ internal }"}"#))
            #expect(response.status.code == 294)
            let error = try #require(response.json?.objectValue?["errors"]?.listValue?.first?.objectValue)
            #expect(error["message"] == .string("Internal server error (request id trace-42)."))
            let extensions = try #require(error["extensions"]?.objectValue)
            #expect(extensions["code"] == .string("INTERNAL_SERVER_ERROR"))
            #expect(extensions["requestId"] == .string("trace-42"))
            #expect(!response.text.contains("Boom"))
        }
    }

    @Test func legacyClientsGetApplicationJSONOnSuccess() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json", .accept: "application/json"],
                body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let noAccept = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(noAccept.headers[.contentType] == "application/json; charset=utf-8")
            let preferred = try await client.execute(
                uri: "/graphql", method: .post,
                headers: [.contentType: "application/json", .accept: "application/graphql-response+json, application/json;q=0.9"],
                body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(preferred.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
        }
    }

    @Test func malformedRequestsGetTransportErrors() async throws {
        try await TestApp.run(endpoint: try Self.testEndpoint()) { client in
            let notAcceptable = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json", .accept: "text/html"],
                body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(notAcceptable.status == .notAcceptable)
            let wrongType = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "text/plain", .accept: "*/*"],
                body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(wrongType.status == .unsupportedMediaType)
            let wrongCharset = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json; charset=latin1"],
                body: jsonBody(#"{"query":"{ hello }"}"#))
            #expect(wrongCharset.status == .unsupportedMediaType)
            let notJSON = try await client.execute(uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody("NONSENSE"))
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.headers[.contentType] == "application/json; charset=utf-8")
            let typo = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(#"{"qeury":"{ hello }"}"#))
            #expect(typo.status == .unprocessableContent)
            let badVariablesShape = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(#"{"query":"{ hello }","variables":[7]}"#))
            #expect(badVariablesShape.status == .unprocessableContent)
            let put = try await client.execute(uri: "/graphql", method: .put, headers: graphQLHeaders, body: jsonBody("{}"))
            #expect(put.status == .methodNotAllowed)
            #expect(put.headers[.allow] == "GET, POST")
        }
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        let api = try TestApp.portfolioAPI(services: TestApp.offlineServices)
        try await TestApp.run(api: api, services: TestApp.offlineServices, maxBodyBytes: 64) { client in
            let big = #"{"query":"{ __typename }","extensions":{"pad":""# + String(repeating: "x", count: 200) + #""}}"#
            let response = try await client.execute(uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(big))
            #expect(response.status == .contentTooLarge)
            let small = try await client.execute(
                uri: "/graphql", method: .post, headers: graphQLHeaders, body: jsonBody(#"{"query":"{ __typename }"}"#))
            #expect(small.status == .ok)
        }
    }
}

extension Value {
    var objectValue: ObjectValue? {
        if case .object(let object) = self { return object }
        return nil
    }
    var listValue: [Value]? {
        if case .list(let list) = self { return list }
        return nil
    }
}

extension String {
    func addingPercentEncodingForQuery() -> String {
        var allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        allowed.remove(UInt8(ascii: "+"))
        var out = ""
        for byte in utf8 {
            if allowed.contains(byte) {
                out.append(Character(UnicodeScalar(byte)))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
