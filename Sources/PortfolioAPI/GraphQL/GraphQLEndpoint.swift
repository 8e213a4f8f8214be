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

    public func handle(_ request: GraphQLRequest, method: GraphQLHTTPMethod, requestID: String) async -> GraphQLEndpointOutcome {
        switch service.prepare(request.query) {
        case .failure(let failure):
            let result = ExecutionResult.requestErrors(failure.errors)
            return failure.phase == .parse ? .documentUnparsable(result) : .validationFailed(result)
        case .success:
            break
        }
        if method == .get, service.operationType(of: request) == .mutation {
            return .mutationOverGET
        }
        var requestLogger = logger
        requestLogger[metadataKey: "hb.request.id"] = .string(requestID)
        let context = APIContext(requestID: requestID, logger: requestLogger, services: services)
        let result = await service.execute(
            request, context: context,
            options: ExecutionOptions(mapError: { error, info in
                APIErrorMapping.graphQLError(for: error, info: info, context: context)
            }))
        return result.isRequestError ? .requestFailed(result) : .executed(result)
    }
}
