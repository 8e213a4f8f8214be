// Turning coerced runtime values back into GraphQL literals (graphql-js `astFromValue`),
// for the schema printer and introspection's `__InputValue.defaultValue`.

/// The literal denoting `value` as a value of `type`; `nil` when `value` cannot be
/// represented (a null for a non-null type, or a value the type's serializer rejects).
///
/// Follows graphql-js so printed defaults compare equal: integral floats print as ints
/// (`1`, not `1.0`), integer-looking IDs print as ints, enum values as names.
public func literal(from value: Value, type: GraphQLType) -> ValueNode? {
    switch type {
    case .nonNull(let inner):
        let node = literal(from: value, type: inner)
        if case .null = node { return nil }
        return node
    case .list(let itemType):
        if case .null = value { return .null(NullValue()) }
        guard case .list(let items) = value else { return literal(from: value, type: itemType) }
        return .list(ListValue(values: items.compactMap { literal(from: $0, type: itemType) }))
    case .named(let named):
        if case .null = value { return .null(NullValue()) }
        switch named {
        case .inputObject(let inputObject):
            guard case .object(let object) = value else { return nil }
            var fields: [ObjectField] = []
            for field in inputObject.fields {
                guard let fieldValue = object[field.name],
                      let node = literal(from: fieldValue, type: field.type) else { continue }
                fields.append(ObjectField(name: Name(field.name), value: node))
            }
            return .object(ObjectValueNode(fields: fields))
        case .enum(let enumType):
            guard case .string(let name) = (try? enumType.serialize(value)) else { return nil }
            return .enumValue(EnumValue(name))
        case .scalar(let scalar):
            guard let serialized = try? scalar.serialize(value) else { return nil }
            return untypedLiteral(serialized, isID: scalar.name == "ID")
        case .object, .interface, .union:
            return nil
        }
    }
}

/// The literal for an already-serialized leaf value.
private func untypedLiteral(_ value: Value, isID: Bool) -> ValueNode {
    switch value {
    case .null: return .null(NullValue())
    case .bool(let bool): return .boolean(BooleanValue(bool))
    case .int(let int): return .int(IntValue(String(int)))
    case .float(let double):
        let text = javaScriptNumberString(double)
        if double.rounded(.towardZero) == double && !text.contains("e") { return .int(IntValue(text)) }
        return .float(FloatValue(text))
    case .string(let string):
        if isID && isIntegerText(string) { return .int(IntValue(string)) }
        return .string(StringValue(string))
    case .list(let values): return .list(ListValue(values: values.map { untypedLiteral($0, isID: false) }))
    case .object(let object):
        return .object(ObjectValueNode(fields: object.map {
            ObjectField(name: Name($0.0), value: untypedLiteral($0.1, isID: false))
        }))
    }
}

/// Matches `-?(0|[1-9][0-9]*)`.
private func isIntegerText(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "0") { return bytes.count == 1 }
    return bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
}

/// The GraphQL text of a default value as introspection's `defaultValue` and the schema
/// printer show it; `nil` when it cannot be represented.
public func printDefaultValue(_ value: Value, type: GraphQLType) -> String? {
    literal(from: value, type: type).map(printAST)
}
