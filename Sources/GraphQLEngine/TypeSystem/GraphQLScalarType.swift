/// A leaf type with its three coercions (spec §3.5 "Scalars"): result coercion of what a
/// resolver returned, input coercion of a variable value, and input coercion of a literal.
///
/// Immutable, hence genuinely `Sendable`. Built-in scalars are shared by every schema
/// (`GraphQLScalarType.int` ...); custom scalars come from `ScalarCoercion`s handed to
/// `buildSchema`, or fall back to pass-through coercion.
public final class GraphQLScalarType: Sendable {
    /// Result coercion: turns a resolver's return value into a response value.
    public typealias Serialize = @Sendable (_ value: any Sendable) throws(GraphQLError) -> Value
    /// Input coercion of a runtime value (a variable, already in `Value` form).
    public typealias ParseValue = @Sendable (_ value: Value) throws(GraphQLError) -> Value
    /// Input coercion of a literal; `variables` are the request's coerced variable values,
    /// for literals of custom scalars that nest variables (`nil` when none are known, as
    /// during validation).
    public typealias ParseLiteral = @Sendable (_ node: ValueNode, _ variables: ObjectValue?) throws(GraphQLError) -> Value

    public let name: String
    public let description: String?
    /// The `@specifiedBy(url:)` of a custom scalar; `nil` when none (always for built-ins).
    public let specifiedByURL: String?
    /// The definition this scalar was built from; `nil` for built-ins and code-built scalars.
    public let astNode: ScalarTypeDefinition?
    public let extensionASTNodes: [ScalarTypeExtension]

    private let serializer: Serialize
    private let valueParser: ParseValue
    private let literalParser: ParseLiteral

    /// - Parameters:
    ///   - serialize: `nil` passes values through (`Value` as is, Swift primitives mapped
    ///     to the matching `Value` case).
    ///   - parseValue: `nil` accepts any value unchanged.
    ///   - parseLiteral: `nil` converts the literal to a `Value` (substituting variables)
    ///     and hands it to `parseValue`.
    public init(
        name: String,
        description: String? = nil,
        specifiedByURL: String? = nil,
        serialize: Serialize? = nil,
        parseValue: ParseValue? = nil,
        parseLiteral: ParseLiteral? = nil,
        astNode: ScalarTypeDefinition? = nil,
        extensionASTNodes: [ScalarTypeExtension] = []
    ) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
        if let serialize {
            self.serializer = serialize
        } else {
            self.serializer = passThroughSerialize
        }
        let valueParser: ParseValue
        if let parseValue {
            valueParser = parseValue
        } else {
            valueParser = acceptAnyValue
        }
        self.valueParser = valueParser
        if let parseLiteral {
            self.literalParser = parseLiteral
        } else {
            let literalParser: ParseLiteral = { node, variables throws(GraphQLError) in
                try valueParser(valueFromLiteralUntyped(node, variables: variables))
            }
            self.literalParser = literalParser
        }
    }

    /// Result coercion (spec §3.5 "Result Coercion and Serialization"); throws an
    /// execution error when the value cannot be represented.
    public func serialize(_ value: any Sendable) throws(GraphQLError) -> Value {
        try serializer(value)
    }

    /// Input coercion of a variable value; throws a request error on a wrong type.
    public func parseValue(_ value: Value) throws(GraphQLError) -> Value {
        try valueParser(value)
    }

    /// Input coercion of a literal; throws a request error on a wrong type.
    public func parseLiteral(_ node: ValueNode, variables: ObjectValue? = nil) throws(GraphQLError) -> Value {
        try literalParser(node, variables)
    }

    /// True for `Int`, `Float`, `String`, `Boolean` and `ID` (spec §3.5 "Built-in Scalars").
    public var isSpecified: Bool { GraphQLScalarType.specifiedNames.contains(name) }

    static let specifiedNames: Set<String> = ["Int", "Float", "String", "Boolean", "ID"]
}

/// The coercions of a custom scalar, handed to `buildSchema` by scalar name. A `nil`
/// member keeps the pass-through default described on `GraphQLScalarType.init`.
public struct ScalarCoercion: Sendable {
    public var serialize: GraphQLScalarType.Serialize?
    public var parseValue: GraphQLScalarType.ParseValue?
    public var parseLiteral: GraphQLScalarType.ParseLiteral?

    public init(
        serialize: GraphQLScalarType.Serialize? = nil,
        parseValue: GraphQLScalarType.ParseValue? = nil,
        parseLiteral: GraphQLScalarType.ParseLiteral? = nil
    ) {
        self.serialize = serialize
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral
    }
}

/// Default result coercion of custom scalars: `Value`s as they are, Swift primitives as
/// their `Value` case, arrays element-wise.
func passThroughSerialize(_ value: any Sendable) throws(GraphQLError) -> Value {
    if let value = value as? Value { return value }
    if let value = value as? String { return .string(value) }
    if let value = value as? Bool { return .bool(value) }
    if let value = value as? Int { return .int(value) }
    if let value = value as? Double { return .float(value) }
    if let value = value as? ObjectValue { return .object(value) }
    if let value = value as? Substring { return .string(String(value)) }
    if let value = value as? any BinaryInteger, let int = Int(exactly: value) { return .int(int) }
    if let value = value as? any BinaryFloatingPoint { return .float(Double(value)) }
    if let values = value as? [any Sendable] {
        var result: [Value] = []
        result.reserveCapacity(values.count)
        for element in values { result.append(try passThroughSerialize(element)) }
        return .list(result)
    }
    throw GraphQLError("Cannot serialize value: \(String(describing: value))")
}

/// Default input coercion of custom scalars: any value is accepted as it is.
private func acceptAnyValue(_ value: Value) throws(GraphQLError) -> Value { value }

/// Converts a literal to a runtime value without a type to guide it (graphql-js
/// `valueFromASTUntyped`): used by custom scalars. Variables absent from `variables`
/// become null.
public func valueFromLiteralUntyped(_ node: ValueNode, variables: ObjectValue? = nil) -> Value {
    switch node {
    case .variable(let variable): return variables?[variable.name.value] ?? .null
    case .int(let int):
        if let value = Int(int.value) { return .int(value) }
        return .float(Double(int.value) ?? .nan)
    case .float(let float): return .float(Double(float.value) ?? .nan)
    case .string(let string): return .string(string.value)
    case .boolean(let boolean): return .bool(boolean.value)
    case .null: return .null
    case .enumValue(let enumValue): return .string(enumValue.value)
    case .list(let list): return .list(list.values.map { valueFromLiteralUntyped($0, variables: variables) })
    case .object(let object):
        var result = ObjectValue(minimumCapacity: object.fields.count)
        for field in object.fields {
            result[field.name.value] = valueFromLiteralUntyped(field.value, variables: variables)
        }
        return .object(result)
    }
}
