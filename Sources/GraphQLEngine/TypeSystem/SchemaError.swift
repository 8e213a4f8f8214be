/// Why a schema could not be built or is not valid: every problem found, each a
/// `GraphQLError` with the SDL locations it concerns (spec §3: a schema "must itself be
/// internally valid").
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    /// Never empty.
    public let errors: [GraphQLError]

    public init(_ errors: [GraphQLError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
