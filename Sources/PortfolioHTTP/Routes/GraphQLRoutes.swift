import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore
import PortfolioAPI

/// `POST /graphql` and `GET /graphql`, following the GraphQL-over-HTTP draft in
/// ../shared/reference/graphql-over-http: request decoding, content negotiation, and the
/// status code for each outcome. What to execute and how is the API's business.
public struct GraphQLRoutes: Sendable {
    public let endpoint: GraphQLEndpoint
    /// Largest request body accepted; larger ones get 413.
    public let maxBodyBytes: Int
    /// Reads the raw credentials (token, cookies, `X-Org-Id`, client address); the API verifies them.
    public let credentials: CredentialExtractor
    /// Writes the session cookies the API asked for.
    public let cookies: SessionCookieWriter

    public init(
        endpoint: GraphQLEndpoint, maxBodyBytes: Int, credentials: CredentialExtractor = CredentialExtractor(),
        cookies: SessionCookieWriter = SessionCookieWriter()
    ) {
        self.endpoint = endpoint
        self.maxBodyBytes = maxBodyBytes
        self.credentials = credentials
        self.cookies = cookies
    }

    public func register(on router: Router<PortfolioRequestContext>, path: RouterPath = "/graphql") {
        router.post(path) { request, context in try await handlePOST(request, context) }
        router.get(path) { request, context in await handleGET(request, context) }
        for method in [HTTPRequest.Method.put, .delete, .patch] {
            router.on(path, method: method) { _, _ in
                Self.transportError(.methodNotAllowed, "GraphQL accepts GET and POST.", headers: [.allow: "GET, POST"])
            }
        }
    }

    // MARK: - POST

    func handlePOST(_ request: Request, _ context: PortfolioRequestContext) async throws -> Response {
        guard let media = ResponseMediaType.negotiate(accept: request.headers[.accept]) else {
            return Self.notAcceptable()
        }
        guard let contentType = request.headers[.contentType], Self.isJSONUTF8(contentType) else {
            return Self.transportError(
                .unsupportedMediaType,
                "POST /graphql needs Content-Type: application/json (UTF-8).")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            return Self.transportError(.contentTooLarge, "Request body is larger than \(maxBodyBytes) bytes.")
        }
        let json: Value
        do {
            json = try JSONReader().read(body.readableBytesView)
        } catch {
            return Self.transportError(.badRequest, "Request body is not valid JSON: \(error).")
        }
        switch Self.decodeRequest(json) {
        case .failure(let problem):
            return Self.transportError(.unprocessableContent, problem.message)
        case .success(let parameters):
            let (outcome, change) = await endpoint.handle(
                parameters, method: .post, requestID: context.requestID,
                credentials: credentials.extract(from: request, context: context))
            var response = Self.response(for: outcome, media: media)
            cookies.apply(change, to: &response)
            return response
        }
    }

    // MARK: - GET

    func handleGET(_ request: Request, _ context: PortfolioRequestContext) async -> Response {
        guard let media = ResponseMediaType.negotiate(accept: request.headers[.accept]) else {
            return Self.notAcceptable()
        }
        let query = request.uri.queryParameters
        var fields = ObjectValue()
        for name in ["query", "operationName"] {
            if let value = query[Substring(name)], !value.isEmpty { fields[name] = .string(String(value)) }
        }
        for name in ["variables", "extensions"] {
            guard let text = query[Substring(name)], !text.isEmpty else { continue }
            do {
                fields[name] = try JSONReader().read(String(text))
            } catch {
                return Self.transportError(.badRequest, "The \(name) parameter is not valid JSON: \(error).")
            }
        }
        switch Self.decodeRequest(.object(fields)) {
        case .failure(let problem):
            return Self.transportError(.unprocessableContent, problem.message)
        case .success(let parameters):
            let (outcome, change) = await endpoint.handle(
                parameters, method: .get, requestID: context.requestID,
                credentials: credentials.extract(from: request, context: context))
            var response = Self.response(for: outcome, media: media)
            cookies.apply(change, to: &response)
            return response
        }
    }

    /// A JSON value that is not a well-formed GraphQL-over-HTTP request is answered 422.
    static func decodeRequest(_ json: Value) -> Result<GraphQLRequest, GraphQLError> {
        guard case .object(let parameters) = json else {
            return .failure(GraphQLError("The request must be a JSON object with a \"query\" string."))
        }
        do {
            return .success(try GraphQLRequest.decode(parameters: parameters))
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Responses

    /// Status codes per GraphQL-over-HTTP "Status Codes": 200 for data without errors, 294
    /// for partial success, 400 for an unparsable document, 422 for validation failures and
    /// other request errors, 405 for a mutation over GET. A legacy client (`application/json`)
    /// gets the same codes; only 2xx responses switch their content type.
    static func response(for outcome: GraphQLEndpointOutcome, media: ResponseMediaType) -> Response {
        let status: HTTPResponse.Status
        switch outcome {
        case .mutationOverGET:
            return transportError(
                .methodNotAllowed, "Mutations must be sent with POST.", headers: [.allow: "POST"])
        case .executed(let result):
            status = result.errors.isEmpty ? .ok : HTTPResponse.Status(code: 294, reasonPhrase: "Partial Success")
            return JSONResponse.make(status: status, contentType: media.contentType, bytes: result.jsonBytes())
        case .documentUnparsable(let result):
            return JSONResponse.make(
                status: .badRequest, contentType: ResponseMediaType.graphQLResponseJSON.contentType,
                bytes: result.jsonBytes())
        case .validationFailed(let result), .requestFailed(let result):
            return JSONResponse.make(
                status: .unprocessableContent, contentType: ResponseMediaType.graphQLResponseJSON.contentType,
                bytes: result.jsonBytes())
        }
    }

    /// An error that prevents a well-formed GraphQL response: plain `application/json`
    /// (never the GraphQL media type, as the draft requires) with a GraphQL-style `errors`
    /// list, so clients parse every error the same way.
    static func transportError(
        _ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]
    ) -> Response {
        let result = ExecutionResult.requestErrors([
            GraphQLError(message, extensions: ["code": .string(transportCode(status))])
        ])
        return JSONResponse.make(status: status, bytes: result.jsonBytes(), headers: headers)
    }

    static func notAcceptable() -> Response {
        transportError(
            .notAcceptable,
            "Accept must allow application/graphql-response+json or application/json.")
    }

    static func transportCode(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 405: return "METHOD_NOT_ALLOWED"
        case 406: return "NOT_ACCEPTABLE"
        case 413: return "PAYLOAD_TOO_LARGE"
        case 415: return "UNSUPPORTED_MEDIA_TYPE"
        default: return "BAD_REQUEST"
        }
    }

    /// `application/json` with no charset or `charset=utf-8` (any case).
    static func isJSONUTF8(_ contentType: String) -> Bool {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters().lowercased() }
        guard parts.first == "application/json" else { return false }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).replacingQuotes()
            if charset != "utf-8" && charset != "utf8" { return false }
        }
        return true
    }
}

extension Substring {
    func replacingQuotes() -> String { String(filter { $0 != "\"" }) }
}
