// Input coercion of literals written in the document (graphql-js `valueFromAST`), used
// for argument values (spec §6.4.1) and variable default values (§6.1.2).

/// Coerces a literal to `type`, substituting coerced `variables`; `nil` when the literal is
/// invalid (validation normally rules that out) or uses a variable that may not stand there.
/// A variable absent from `variables` in a nullable position yields `nil` too: callers
/// treat it as "not provided" for arguments and input fields, and lists turn it into null.
func coerceLiteral(_ node: ValueNode, to type: GraphQLType, variables: ObjectValue?) -> Value? {
    if case .variable(let variable) = node {
        guard let value = variables?[variable.name.value] else { return nil }
        if value.isNull && type.isNonNull { return nil }
        return value
    }
    switch type {
    case .nonNull(let inner):
        if case .null = node { return nil }
        return coerceLiteral(node, to: inner, variables: variables)
    case .list(let itemType):
        if case .null = node { return .null }
        guard case .list(let list) = node else {
            guard let item = coerceLiteral(node, to: itemType, variables: variables) else { return nil }
            return .list([item])
        }
        var items: [Value] = []
        items.reserveCapacity(list.values.count)
        for itemNode in list.values {
            if case .variable(let variable) = itemNode, variables?[variable.name.value] == nil {
                // A missing variable in a list is null (graphql-js), unless the item is non-null.
                if itemType.isNonNull { return nil }
                items.append(.null)
                continue
            }
            guard let item = coerceLiteral(itemNode, to: itemType, variables: variables) else { return nil }
            items.append(item)
        }
        return .list(items)
    case .named(let named):
        if case .null = node { return .null }
        switch named {
        case .scalar(let scalar):
            return try? scalar.parseLiteral(node, variables: variables)
        case .enum(let enumType):
            return try? enumType.parseLiteral(node, variables: variables)
        case .inputObject(let inputType):
            guard case .object(let objectNode) = node else { return nil }
            var fieldNodes: [String: ValueNode] = [:]
            for field in objectNode.fields { fieldNodes[field.name.value] = field.value }
            var result = ObjectValue(minimumCapacity: inputType.fields.count)
            for field in inputType.fields {
                let fieldNode = fieldNodes[field.name]
                var missing = fieldNode == nil
                if case .variable(let variable)? = fieldNode, variables?[variable.name.value] == nil { missing = true }
                if missing {
                    if let defaultValue = field.defaultValue {
                        result.append(field.name, defaultValue)
                    } else if field.type.isNonNull {
                        return nil
                    }
                    continue
                }
                guard let fieldNode, let value = coerceLiteral(fieldNode, to: field.type, variables: variables)
                else { return nil }
                result.append(field.name, value)
            }
            if inputType.isOneOf {
                // Spec §3.10.1: exactly one field given, and not null.
                guard result.count == 1, let only = result.values.first, !only.isNull else { return nil }
            }
            return .object(result)
        case .object, .interface, .union:
            return nil
        }
    }
}
