import Testing
import Synchronization
@testable import GraphQLEngine

@Suite("GraphQLService: cache, limits, requests")
struct GraphQLServiceTests {
    func schema() throws -> GraphQLSchema {
        try makeSchema("type Query { hello(name: String): String }", resolvers: [
            "Query.hello": .sync { _, args, _, _ in
                if case .string(let name)? = args["name"] { return "hello \(name)" }
                return "hello"
            },
        ])
    }

    @Test func repeatedQueriesSkipParseAndValidation() async throws {
        let validations = Mutex(0)
        let service = try GraphQLService(schema: schema(), validation: { schema, document in
            validations.withLock { $0 += 1 }
            return validate(schema: schema, document: document)
        })
        let request = GraphQLRequest(query: "query Q($n: String) { hello(name: $n) }", variables: ["n": .string("a")])
        let first = await service.execute(request)
        var second = request
        second.variables = ["n": .string("b")]
        let again = await service.execute(second)
        #expect(first.json == #"{"data":{"hello":"hello a"}}"#)
        #expect(again.json == #"{"data":{"hello":"hello b"}}"#)
        #expect(validations.withLock { $0 } == 1)
        #expect(service.cacheStatistics.hits == 1)
        #expect(service.cacheStatistics.misses == 1)
    }

    @Test func validationErrorsAreRequestErrorsAndCachedToo() async throws {
        let service = try GraphQLService(schema: schema())
        let bad = GraphQLRequest(query: "{ nope }")
        let result = await service.execute(bad)
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == [#"Cannot query field "nope" on type "Query"."#])
        _ = await service.execute(bad)
        #expect(service.cacheStatistics.hits == 1)
    }

    @Test func syntaxErrorsAndLimits() async throws {
        let service = try GraphQLService(schema: schema(), limits: .init(
            maxDocumentBytes: 200, parse: ParseOptions(maxTokens: 50, maxDepth: 5), maxFields: 3, maxAliases: 1))
        let syntax = await service.execute(GraphQLRequest(query: "{ hello"))
        #expect(syntax.errors.first?.message.hasPrefix("Syntax Error:") == true)
        #expect(syntax.data == nil)
        let big = await service.execute(GraphQLRequest(query: "{ hello }" + String(repeating: " ", count: 300)))
        #expect(big.errors.map(\.message) == ["Document exceeds the maximum size of 200 bytes."])
        let fields = await service.execute(GraphQLRequest(query: "{ hello hello hello hello }"))
        #expect(fields.errors.map(\.message) == [
            "Anonymous operation selects 4 fields, which exceeds the maximum allowed number of fields of 3."
        ])
        let aliases = await service.execute(GraphQLRequest(query: "{ a: hello b: hello }"))
        #expect(aliases.errors.map(\.message) == [
            "Anonymous operation uses 2 aliases, which exceeds the maximum allowed number of aliases of 1."
        ])
        // Limits count with fragments expanded: spreading one fragment twice counts it twice.
        let spread = await service.execute(GraphQLRequest(
            query: "query Q { ...F ... on Query { ...F } } fragment F on Query { a: hello }"))
        #expect(spread.errors.map(\.message) == [
            "Operation \"Q\" uses 2 aliases, which exceeds the maximum allowed number of aliases of 1."
        ])
        #expect(spread.data == nil)
        let tokenLimited = try GraphQLService(schema: schema(), limits: .init(parse: ParseOptions(maxTokens: 5)))
        let tokens = await tokenLimited.execute(GraphQLRequest(query: "{ hello hello hello hello hello }"))
        #expect(tokens.errors.map(\.message) == ["Syntax Error: Document contains more than 5 tokens. Parsing aborted."])
    }

    @Test func leastRecentlyUsedDocumentsAreEvicted() async throws {
        let service = try GraphQLService(schema: schema(), cacheCapacity: 2)
        for query in ["{ a: hello }", "{ b: hello }", "{ a: hello }", "{ c: hello }", "{ a: hello }", "{ b: hello }"] {
            _ = await service.execute(GraphQLRequest(query: query))
        }
        // a miss, b miss, a hit, c miss (evicts b), a hit, b miss.
        #expect(service.cacheStatistics.hits == 2)
        #expect(service.cacheStatistics.misses == 4)
        #expect(service.cacheStatistics.count == 2)
    }

    @Test func operationTypeForTheHTTPLayer() throws {
        let schema = try makeSchema("type Query { a: String } type Mutation { b: String }")
        let service = GraphQLService(schema: schema)
        #expect(service.operationType(of: GraphQLRequest(query: "mutation M { b } query Q { a }", operationName: "M")) == .mutation)
        #expect(service.operationType(of: GraphQLRequest(query: "{ a }")) == .query)
        #expect(service.operationType(of: GraphQLRequest(query: "{ zzz }")) == nil)
    }

    @Test func decodesRequestBodies() throws {
        let request = try GraphQLRequest.decode(json: Array(#"{"query":"{ a }","operationName":"","variables":{"x":1},"extensions":null}"#.utf8))
        #expect(request == GraphQLRequest(query: "{ a }", operationName: nil, variables: ["x": .int(1)]))
        #expect(throws: GraphQLError("Missing \"query\" parameter.")) { try GraphQLRequest.decode(json: Array("{}".utf8)) }
        #expect(throws: GraphQLError("The \"variables\" parameter must be an object.")) {
            try GraphQLRequest.decode(json: Array(#"{"query":"{a}","variables":[7]}"#.utf8))
        }
        #expect(throws: GraphQLError("Request body must be a JSON object.")) { try GraphQLRequest.decode(json: Array("[]".utf8)) }
        #expect(throws: GraphQLError.self) { try GraphQLRequest.decode(json: Array("{".utf8)) }
    }

    @Test func cachedPlansFollowTheVariables() async throws {
        let service = try GraphQLService(schema: schema())
        let query = "query Q($skip: Boolean!, $n: String) { a: hello(name: $n) b: hello @skip(if: $skip) }"
        for (skip, name) in [(true, "x"), (false, "y"), (true, "x"), (false, "z")] {
            let result = await service.execute(GraphQLRequest(
                query: query, variables: ["skip": .bool(skip), "n": .string(name)]))
            let expected: Value = skip
                ? .object(["a": .string("hello \(name)")])
                : .object(["a": .string("hello \(name)"), "b": .string("hello")])
            #expect(result.data == expected)
        }
    }
}
