/// One problem with one input field, so the API can answer `BAD_USER_INPUT` with a detail
/// per field instead of a single opaque message.
public struct FieldError: Sendable, Hashable, CustomStringConvertible {
    /// Path of the offending input, dotted with list indexes, e.g. `rent`, `parties[1].tenantId`,
    /// `allocations[0].amount`. Empty when the problem is not tied to one field.
    public var field: String
    /// Stable machine code (`UPPER_SNAKE_CASE`), e.g. `MUST_BE_POSITIVE`. Clients switch on this.
    public var code: String
    /// Human-readable English explanation; wording may change, codes do not.
    public var message: String

    public init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }

    public var description: String { "\(field.isEmpty ? "-" : field): \(code) (\(message))" }
}
