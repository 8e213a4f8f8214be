import GraphQLEngine
import Logging
import MariaDB
import PortfolioDomain

/// Turns whatever a resolver threw into the GraphQL error a client sees. The one place
/// that decides codes: typed errors keep their meaning, everything unexpected is logged
/// with the request id and masked as `INTERNAL_SERVER_ERROR`, so no SQL, path or stack
/// detail ever leaks to a client.
enum APIErrorMapping {
    static func graphQLError(for error: any Error, info: ResolveInfo, context: APIContext?) -> GraphQLError {
        // The executor adds `locations` and `path` to whatever is returned here.
        if let graphQLError = error as? GraphQLError { return graphQLError }
        if let domainError = error as? DomainError { return APIErrors.from(domainError) }
        if let mariaDBError = error as? MariaDBError, case .duplicateKey(let key) = mariaDBError.kind {
            return GraphQLError(
                "That value is already taken.",
                extensions: ["code": .string(APIErrorCode.conflict.rawValue), "key": key.map(Value.string) ?? .null])
        }
        let requestID = context?.requestID ?? "unknown"
        context?.logger.error(
            "resolver failed", metadata: ["field": "\(info.parentType.name).\(info.fieldName)", "error": "\(error)"])
        return GraphQLError(
            "Internal server error (request id \(requestID)).",
            extensions: [
                "code": .string(APIErrorCode.internalServerError.rawValue), "requestId": .string(requestID),
            ])
    }
}
