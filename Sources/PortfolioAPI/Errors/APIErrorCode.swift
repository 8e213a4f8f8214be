/// The `extensions.code` values of the API (../shared/DESIGN.md "API conventions"): one
/// list, so clients can switch on them and docs can table them.
public enum APIErrorCode: String, Sendable, CaseIterable {
    case badUserInput = "BAD_USER_INPUT"
    case unauthenticated = "UNAUTHENTICATED"
    case forbidden = "FORBIDDEN"
    case notFound = "NOT_FOUND"
    case conflict = "CONFLICT"
    case rateLimited = "RATE_LIMITED"
    case internalServerError = "INTERNAL_SERVER_ERROR"
}
