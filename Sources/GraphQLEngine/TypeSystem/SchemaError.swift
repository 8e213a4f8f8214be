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

/// Source locations of the given AST locations, skipping absent ones (nodes built in code).
func sourceLocations(_ locations: Location?...) -> [SourceLocation] {
    locations.compactMap { location in location.map { $0.source.location(of: $0.start) } }
}

/// Source locations of the given AST locations, skipping absent ones.
func sourceLocations(_ locations: [Location?]) -> [SourceLocation] {
    locations.compactMap { location in location.map { $0.source.location(of: $0.start) } }
}
