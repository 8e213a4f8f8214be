/// Why an attachment upload or download was refused; the HTTP edge turns each case into
/// its status code and a JSON error body with `extensions.code`.
public struct AttachmentFailure: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// 401: no valid access token.
        case unauthenticated
        /// 403: the role lacks the owner's permission, or no organization is selected.
        case forbidden
        /// 404: the owner or attachment is not in the request's organization (or not the
        /// tenant's own), or the id is malformed.
        case notFound
        /// 400: a missing or malformed form field, or an empty file.
        case badRequest
        /// 413: the file is larger than the limit.
        case tooLarge
        /// 415: the media type is not allowed, or the bytes are not of the declared type.
        case unsupportedMediaType
        /// 500: something failed on the server (logged with the request id).
        case internalError
    }

    public let kind: Kind
    public let message: String
    /// The form field the problem is about, for `badRequest`; nil otherwise.
    public let field: String?

    public init(_ kind: Kind, _ message: String, field: String? = nil) {
        self.kind = kind
        self.message = message
        self.field = field
    }

    /// The `extensions.code` of the error body.
    public var code: String {
        switch kind {
        case .unauthenticated: "UNAUTHENTICATED"
        case .forbidden: "FORBIDDEN"
        case .notFound: "NOT_FOUND"
        case .badRequest: "BAD_REQUEST"
        case .tooLarge: "PAYLOAD_TOO_LARGE"
        case .unsupportedMediaType: "UNSUPPORTED_MEDIA_TYPE"
        case .internalError: "INTERNAL_SERVER_ERROR"
        }
    }
}
