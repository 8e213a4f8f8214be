/// An object type (spec §3.6): the only kind of type a response object has at runtime.
///
/// Sendability: types refer to each other in cycles (`User.friends: [User]`), which
/// immutable `let`s cannot express, so `fields` and `interfaces` are filled in by the
/// schema builder after every named type exists. Their setters are internal and used only
/// by `SchemaBuilder`/`IntrospectionTypes` before the type is published inside a
/// `GraphQLSchema`; from then on nothing writes them, so concurrent reads are safe. That
/// write-once-before-publication discipline is what `@unchecked Sendable` relies on here.
public final class GraphQLObjectType: @unchecked Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// The fields in definition order (extensions' fields after the definition's).
    public internal(set) var fields: GraphQLFieldMap
    /// The interfaces this type declares it implements, in declaration order.
    public internal(set) var interfaces: [GraphQLInterfaceType]
    /// Used in abstract-type resolution when neither the parent's `resolveType` nor
    /// `GraphQLTyped` answers; `nil` when not provided.
    public internal(set) var isTypeOf: IsTypeOf?
    /// `nil` when built in code rather than from SDL.
    public internal(set) var astNode: ObjectTypeDefinition?
    public internal(set) var extensionASTNodes: [ObjectTypeExtension]

    init(
        name: String,
        description: String? = nil,
        astNode: ObjectTypeDefinition? = nil,
        extensionASTNodes: [ObjectTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.fields = GraphQLFieldMap()
        self.interfaces = []
        self.isTypeOf = nil
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The field named `name`, not counting meta-fields (see `GraphQLSchema.field(named:on:)`);
    /// `nil` when the type has no such field.
    public func field(named name: String) -> GraphQLField? { fields[name] }

    /// True when this type declares `interface` among its interfaces.
    public func implements(_ interface: GraphQLInterfaceType) -> Bool {
        interfaces.contains { $0 === interface || $0.name == interface.name }
    }
}
