/// A field of an object or interface type (spec §3.6 "Objects"): its output type, its
/// argument definitions, and the resolver that produces its value.
///
/// Immutable (a final class so the executor's per-field lookups cost one retain, not a
/// struct copy), hence genuinely `Sendable`.
public final class GraphQLField: GraphQLNamedElement {
    public let name: String
    /// `nil` when the field has no description.
    public let description: String?
    public let type: GraphQLType
    /// Argument definitions in definition order.
    public let args: [GraphQLArgument]
    /// The `@deprecated(reason:)` of the field; `nil` when the field is not deprecated.
    public let deprecationReason: String?
    /// `nil` means the executor's default resolver: read the field's name from the parent.
    public let resolve: FieldResolver?
    /// `nil` for fields built in code rather than from SDL.
    public let astNode: FieldDefinition?

    public init(
        name: String,
        type: GraphQLType,
        description: String? = nil,
        args: [GraphQLArgument] = [],
        deprecationReason: String? = nil,
        resolve: FieldResolver? = nil,
        astNode: FieldDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.args = args
        self.deprecationReason = deprecationReason
        self.resolve = resolve
        self.astNode = astNode
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    /// The argument definition named `name`; `nil` when the field has none of that name.
    /// A linear scan: fields have few arguments.
    public func argument(named name: String) -> GraphQLArgument? {
        args.first { $0.name == name }
    }

    /// A copy with another resolver; the schema builder attaches resolvers this way.
    func withResolver(_ resolve: FieldResolver?) -> GraphQLField {
        GraphQLField(
            name: name, type: type, description: description, args: args,
            deprecationReason: deprecationReason, resolve: resolve, astNode: astNode
        )
    }
}
