/// The single error type of the domain layer.
///
/// The domain does not know HTTP or GraphQL; it only says *what kind* of failure happened
/// (`kind`) and *which input* caused it (`fields`). The API maps `kind` onto
/// `extensions.code`: `.invalidInput` → `BAD_USER_INPUT` (with `fields` as per-field details),
/// `.conflict` → `CONFLICT`, `.forbidden` → `FORBIDDEN`.
public struct DomainError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What class of failure this is; drives the API error code.
    public enum Kind: String, Sendable, Hashable {
        /// The request's input breaks a rule; nothing was changed.
        case invalidInput
        /// The input is well-formed but clashes with existing state (overlapping lease,
        /// duplicate label, illegal status transition, over-allocation of a balance).
        case conflict
        /// The caller's role does not allow the operation.
        case forbidden
    }

    public var kind: Kind
    /// Stable machine code summarising the failure (the first field's code when there is one).
    public var code: String
    /// Human-readable summary.
    public var message: String
    /// Every field-level problem found; validators collect all of them rather than stopping at
    /// the first, so a form can show every mistake at once. May be empty.
    public var fields: [FieldError]

    public init(kind: Kind, code: String, message: String, fields: [FieldError] = []) {
        self.kind = kind
        self.code = code
        self.message = message
        self.fields = fields
    }

    /// An `invalidInput` error about one field.
    public static func invalid(_ field: String, _ code: String, _ message: String) -> DomainError {
        DomainError(kind: .invalidInput, code: code, message: message,
                    fields: [FieldError(field: field, code: code, message: message)])
    }

    /// A `conflict` error, optionally tied to one field.
    public static func conflict(_ code: String, _ message: String, field: String? = nil) -> DomainError {
        DomainError(kind: .conflict, code: code, message: message,
                    fields: field.map { [FieldError(field: $0, code: code, message: message)] } ?? [])
    }

    /// Wraps collected field errors into one `invalidInput` error; `nil` when there are none,
    /// which lets validators end with `if let e = DomainError.validation(errors) { throw e }`.
    public static func validation(_ errors: [FieldError], kind: Kind = .invalidInput) -> DomainError? {
        guard let first = errors.first else { return nil }
        let message = errors.count == 1 ? first.message : "\(errors.count) problems with the input"
        return DomainError(kind: kind, code: first.code, message: message, fields: errors)
    }

    public var description: String {
        "\(kind.rawValue) \(code): \(message)" + (fields.isEmpty ? "" : " " + fields.map(\.description).joined(separator: "; "))
    }
}
