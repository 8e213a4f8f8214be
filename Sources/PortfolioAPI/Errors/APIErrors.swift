import GraphQLEngine
import PortfolioDomain

/// Builders of the API's typed errors, so every resolver spells a code the same way
/// (../shared/DESIGN.md "API conventions").
enum APIErrors {
    static func error(_ code: APIErrorCode, _ message: String, _ extra: ObjectValue = [:]) -> GraphQLError {
        var extensions: ObjectValue = ["code": .string(code.rawValue)]
        for (key, value) in extra { extensions[key] = value }
        return GraphQLError(message, extensions: extensions)
    }

    static func unauthenticated(_ message: String = "You must be signed in.") -> GraphQLError {
        error(.unauthenticated, message)
    }

    static func forbidden(_ message: String) -> GraphQLError { error(.forbidden, message) }

    static func notFound(_ message: String) -> GraphQLError { error(.notFound, message) }

    static func rateLimited(retryAfterSeconds: Int) -> GraphQLError {
        error(.rateLimited, "Too many attempts. Try again in \(retryAfterSeconds) seconds.",
              ["retryAfterSeconds": .int(retryAfterSeconds)])
    }

    /// `BAD_USER_INPUT` with `extensions.fields`: one `{field, code, message}` per problem.
    static func badUserInput(_ fields: [FieldError]) -> GraphQLError {
        let message = fields.count == 1 ? fields[0].message : "\(fields.count) problems with the input."
        return error(.badUserInput, message, ["fields": fieldList(fields)])
    }

    static func fieldList(_ fields: [FieldError]) -> Value {
        .list(fields.map { field in
            .object(["field": .string(field.field), "code": .string(field.code), "message": .string(field.message)])
        })
    }

    /// The GraphQL form of a domain error: `.invalidInput` → `BAD_USER_INPUT`, `.conflict` →
    /// `CONFLICT`, `.forbidden` → `FORBIDDEN`; field details kept in `extensions.fields`.
    static func from(_ domainError: DomainError) -> GraphQLError {
        let code: APIErrorCode
        switch domainError.kind {
        case .invalidInput: code = .badUserInput
        case .conflict: code = .conflict
        case .forbidden: code = .forbidden
        }
        var extra: ObjectValue = [:]
        if !domainError.fields.isEmpty { extra["fields"] = fieldList(domainError.fields) }
        return error(code, domainError.message, extra)
    }
}
