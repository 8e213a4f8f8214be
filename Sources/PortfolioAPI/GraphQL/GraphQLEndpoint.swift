import GraphQLEngine
import Logging

/// How an HTTP request reached `/graphql`; GET may not run mutations.
public enum GraphQLHTTPMethod: Sendable {
    case get, post
}

/// What became of one GraphQL request, in the terms the HTTP edge needs to pick a status
/// code (GraphQL-over-HTTP "Status Codes"). Every case but `mutationOverGET` carries the
/// GraphQL response to send.
public enum GraphQLEndpointOutcome: Sendable {
    /// The operation ran: `data` is present, with or without field errors.
    case executed(ExecutionResult)
    /// The document could not be parsed (or broke a size limit before parsing).
    case documentUnparsable(ExecutionResult)
    /// The document parsed but failed validation.
    case validationFailed(ExecutionResult)
    /// The operation could not be chosen, or the variables could not be coerced.
    case requestFailed(ExecutionResult)
    /// A GET request asked for a mutation; nothing was executed.
    case mutationOverGET
}

/// Runs GraphQL requests for the HTTP edge: the engine's `GraphQLService` (parse and
/// validation cached by document text), the API's error mapping, and the per-request
/// context. Holds no per-request state.
public final class GraphQLEndpoint: Sendable {
    public let service: GraphQLService
    let services: APIServices
    let logger: Logger

    /// For a schema other than `schema.graphql` (tests, tools); the server builds its endpoint through `PortfolioAPI`.
    public init(service: GraphQLService, services: APIServices, logger: Logger) {
        self.service = service
        self.services = services
        self.logger = logger
    }

    /// Runs a request without credentials (anonymous); see `handle(_:method:requestID:credentials:)`.
    public func handle(_ request: GraphQLRequest, method: GraphQLHTTPMethod, requestID: String) async -> GraphQLEndpointOutcome {
        await handle(request, method: method, requestID: requestID, credentials: .none).outcome
    }

    /// Runs a request: verifies `credentials` once (only when the document is valid, so a
    /// malformed request costs no database work), executes, and reports the outcome with
    /// the session cookies the response must set.
    public func handle(
        _ request: GraphQLRequest, method: GraphQLHTTPMethod, requestID: String, credentials: RequestCredentials
    ) async -> (outcome: GraphQLEndpointOutcome, sessionCookies: SessionCookieChange?) {
        switch service.prepare(request.query) {
        case .failure(let failure):
            let result = ExecutionResult.requestErrors(failure.errors)
            return (failure.phase == .parse ? .documentUnparsable(result) : .validationFailed(result), nil)
        case .success:
            break
        }
        if method == .get, service.operationType(of: request) == .mutation {
            return (.mutationOverGET, nil)
        }
        var requestLogger = logger
        requestLogger[metadataKey: "hb.request.id"] = .string(requestID)
        let authentication = await Authenticator.authenticate(
            credentials, services: services, requestID: requestID, logger: requestLogger)
        let context = APIContext(
            requestID: requestID, logger: requestLogger, services: services, authentication: authentication,
            credentials: credentials)
        let result = await service.execute(
            request, context: context,
            options: ExecutionOptions(mapError: { error, info in
                APIErrorMapping.graphQLError(for: error, info: info, context: context)
            }))
        let outcome: GraphQLEndpointOutcome = result.isRequestError ? .requestFailed(result) : .executed(result)
        return (outcome, context.sessionCookies.recorded)
    }
}
