/// An enum type (spec §3.9): a leaf whose values are names. Coerced enum values are
/// carried as `Value.string(name)` throughout the engine.
///
/// Its values do not refer to other types, so it is built whole and is immutable, hence
/// genuinely `Sendable`.
public final class GraphQLEnumType: Sendable {
    public let name: String
    public let description: String?
    /// The values in definition order, with O(1) lookup by name.
    public let values: NamedMap<GraphQLEnumValue>
    /// `nil` when built in code rather than from SDL.
    public let astNode: EnumTypeDefinition?
    public let extensionASTNodes: [EnumTypeExtension]

    public init(
        name: String,
        description: String? = nil,
        values: [GraphQLEnumValue],
        astNode: EnumTypeDefinition? = nil,
        extensionASTNodes: [EnumTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.values = NamedMap(values)
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The value named `name`; `nil` when the enum has no such value.
    public func value(named name: String) -> GraphQLEnumValue? { values[name] }

    /// Result coercion (spec §3.9 "Result Coercion"): accepts a value name as `String`,
    /// `Value.string`, or a Swift enum whose `String` raw value is the name.
    public func serialize(_ value: any Sendable) throws(GraphQLError) -> Value {
        let name: String?
        switch value {
        case let string as String: name = string
        case let substring as Substring: name = String(substring)
        case let value as Value:
            if case .string(let string) = value { name = string } else { name = nil }
        case let raw as any RawRepresentable: name = raw.rawValue as? String
        default: name = nil
        }
        guard let name, values.contains(name: name) else {
            throw GraphQLError("Enum \"\(self.name)\" cannot represent value: \(inspect(any: value))")
        }
        return .string(name)
    }

    /// Input coercion of a variable value: a string naming a value (spec §3.9 "Input
    /// Coercion"; JSON has no enum literal).
    public func parseValue(_ value: Value) throws(GraphQLError) -> Value {
        guard case .string(let name) = value else {
            throw GraphQLError("Enum \"\(self.name)\" cannot represent non-string value: \(inspect(value))."
                + didYouMeanValue(inspect(value)))
        }
        guard values.contains(name: name) else {
            throw GraphQLError("Value \"\(name)\" does not exist in \"\(self.name)\" enum." + didYouMeanValue(name))
        }
        return value
    }

    /// Input coercion of a literal: only enum literals naming a value are accepted.
    public func parseLiteral(_ node: ValueNode, variables: ObjectValue? = nil) throws(GraphQLError) -> Value {
        guard case .enumValue(let literal) = node else {
            let text = printAST(node)
            throw GraphQLError("Enum \"\(name)\" cannot represent non-enum value: \(text)." + didYouMeanValue(text))
        }
        guard values.contains(name: literal.value) else {
            throw GraphQLError("Value \"\(literal.value)\" does not exist in \"\(name)\" enum."
                + didYouMeanValue(literal.value))
        }
        return .string(literal.value)
    }

    private func didYouMeanValue(_ input: String) -> String {
        didYouMean(suggestionList(input, values.names), subMessage: "the enum value")
    }
}

/// One value of an enum type.
public struct GraphQLEnumValue: GraphQLNamedElement, Sendable {
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    /// The `@deprecated(reason:)`; `nil` when not deprecated.
    public let deprecationReason: String?
    /// `nil` when built in code rather than from SDL.
    public let astNode: EnumValueDefinition?

    public init(
        name: String,
        description: String? = nil,
        deprecationReason: String? = nil,
        astNode: EnumValueDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }

    public var isDeprecated: Bool { deprecationReason != nil }
}
