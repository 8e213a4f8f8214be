/// An interface type (spec §3.7): a set of fields that implementing object and interface
/// types must provide. Interfaces may themselves implement interfaces.
///
/// Sendability: as for `GraphQLObjectType`, the cyclic parts (`fields`, `interfaces`) are
/// written only by the schema builder before the type is published in a `GraphQLSchema`,
/// and never afterwards; hence `@unchecked Sendable`.
public final class GraphQLInterfaceType: @unchecked Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// The fields in definition order (extensions' fields after the definition's).
    public internal(set) var fields: GraphQLFieldMap
    /// The interfaces this interface declares it implements (spec §3.7 "Interfaces
    /// Implementing Interfaces").
    public internal(set) var interfaces: [GraphQLInterfaceType]
    /// Names the concrete object type of a value; `nil` leaves it to `GraphQLTyped` and
    /// the possible types' `isTypeOf`.
    public internal(set) var resolveType: TypeResolver?
    /// `nil` when built in code rather than from SDL.
    public internal(set) var astNode: InterfaceTypeDefinition?
    public internal(set) var extensionASTNodes: [InterfaceTypeExtension]

    init(
        name: String,
        description: String? = nil,
        astNode: InterfaceTypeDefinition? = nil,
        extensionASTNodes: [InterfaceTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.fields = GraphQLFieldMap()
        self.interfaces = []
        self.resolveType = nil
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The field named `name`, not counting `__typename`; `nil` when there is none.
    public func field(named name: String) -> GraphQLField? { fields[name] }
}
