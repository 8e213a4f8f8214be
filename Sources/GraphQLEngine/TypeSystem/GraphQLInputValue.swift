/// An argument of a field or directive, or a field of an input object (spec §3.6.1,
/// §3.10): the things introspection calls `__InputValue`.
///
/// Immutable value, hence `Sendable`.
public struct GraphQLInputValue: GraphQLNamedElement, Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// Always an input type in a valid schema.
    public let type: GraphQLType
    /// The default, already coerced to the input type (spec §6.4.1 uses it as is); `nil`
    /// when there is no default — an explicit `= null` default is `.null`.
    public let defaultValue: Value?
    /// The default as written in SDL; `nil` when there is none or when built in code.
    public let defaultValueLiteral: ValueNode?
    /// The `@deprecated(reason:)`; `nil` when not deprecated.
    public let deprecationReason: String?
    /// `nil` when built in code rather than from SDL.
    public let astNode: InputValueDefinition?

    public init(
        name: String,
        type: GraphQLType,
        description: String? = nil,
        defaultValue: Value? = nil,
        defaultValueLiteral: ValueNode? = nil,
        deprecationReason: String? = nil,
        astNode: InputValueDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.defaultValueLiteral = defaultValueLiteral
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    /// A non-null input value without a default must be provided (spec §5.4.2.1,
    /// graphql-js `isRequiredArgument` / `isRequiredInputField`).
    public var isRequired: Bool { type.isNonNull && defaultValue == nil }
}

/// An argument definition of a field or directive.
public typealias GraphQLArgument = GraphQLInputValue
/// A field of an input object type.
public typealias GraphQLInputField = GraphQLInputValue
