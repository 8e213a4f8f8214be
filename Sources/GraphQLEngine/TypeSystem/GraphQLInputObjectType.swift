/// An input object type (spec §3.10): a structured argument value. With `isOneOf`
/// (spec §3.10.1 "OneOf Input Objects") exactly one field must be given, non-null.
///
/// Sendability: input objects may refer to each other cyclically through nullable or list
/// fields, so `fields` is written by the schema builder before publication in a
/// `GraphQLSchema` and never afterwards; hence `@unchecked Sendable` (see
/// `GraphQLObjectType`).
public final class GraphQLInputObjectType: @unchecked Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// True when declared `@oneOf`.
    public let isOneOf: Bool
    /// The fields in definition order, with O(1) lookup by name.
    public internal(set) var fields: GraphQLInputFieldMap
    /// `nil` when built in code rather than from SDL.
    public internal(set) var astNode: InputObjectTypeDefinition?
    public internal(set) var extensionASTNodes: [InputObjectTypeExtension]

    init(
        name: String,
        description: String? = nil,
        isOneOf: Bool = false,
        astNode: InputObjectTypeDefinition? = nil,
        extensionASTNodes: [InputObjectTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.isOneOf = isOneOf
        self.fields = GraphQLInputFieldMap()
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The input field named `name`; `nil` when there is none.
    public func field(named name: String) -> GraphQLInputField? { fields[name] }
}
