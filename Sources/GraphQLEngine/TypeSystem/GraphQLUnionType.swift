/// A union type (spec §3.8): one of a list of object types, with no fields in common
/// beyond `__typename`.
///
/// Sendability: `types` may name types defined after the union, so it is written by the
/// schema builder before the union is published in a `GraphQLSchema` and never
/// afterwards; hence `@unchecked Sendable` (see `GraphQLObjectType`).
public final class GraphQLUnionType: @unchecked Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// The member object types, in declaration order.
    public internal(set) var types: [GraphQLObjectType]
    /// Names the concrete object type of a value; `nil` leaves it to `GraphQLTyped` and
    /// the members' `isTypeOf`.
    public internal(set) var resolveType: TypeResolver?
    /// `nil` when built in code rather than from SDL.
    public internal(set) var astNode: UnionTypeDefinition?
    public internal(set) var extensionASTNodes: [UnionTypeExtension]

    init(
        name: String,
        description: String? = nil,
        astNode: UnionTypeDefinition? = nil,
        extensionASTNodes: [UnionTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.types = []
        self.resolveType = nil
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }
}
