// Coercion of constant literals (default values, directive arguments) to input types
// while building a schema (spec §3.6.1 default values are coerced per §6.4.1 / §5.6.1).
// Messages follow graphql-js's ValuesOfCorrectType.

extension SchemaBuilder {
    /// The coerced default; `nil` (and an error) when the literal does not fit `type`.
    func coerceDefault(_ literal: ValueNode, type: GraphQLType, what: String) -> Value? {
        do {
            return try coerceLiteral(literal, type: type)
        } catch {
            errors.append(GraphQLError("\(what) has invalid default value: \(error.message)",
                                       locations: startLocations([literal.loc], in: source)))
            return nil
        }
    }

    /// Coerces a constant literal to `type`, applying input field defaults.
    func coerceLiteral(_ node: ValueNode, type: GraphQLType) throws(GraphQLError) -> Value {
        if case .variable(let variable) = node {
            throw GraphQLError("Unexpected variable \"$\(variable.name.value)\" in constant value.")
        }
        switch type {
        case .nonNull(let inner):
            if case .null = node {
                throw GraphQLError("Expected value of type \"\(type)\", found null.")
            }
            return try coerceLiteral(node, type: inner)
        case .list(let itemType):
            if case .null = node { return .null }
            guard case .list(let list) = node else { return .list([try coerceLiteral(node, type: itemType)]) }
            var items: [Value] = []
            items.reserveCapacity(list.values.count)
            for item in list.values { items.append(try coerceLiteral(item, type: itemType)) }
            return .list(items)
        case .named(let named):
            if case .null = node { return .null }
            switch named {
            case .scalar(let scalar):
                do {
                    return try scalar.parseLiteral(node, variables: nil)
                } catch {
                    throw GraphQLError("Expected value of type \"\(scalar.name)\", found \(printAST(node)); \(error.message)")
                }
            case .enum(let enumType):
                do {
                    return try enumType.parseLiteral(node)
                } catch {
                    throw GraphQLError("Expected value of type \"\(enumType.name)\", found \(printAST(node)); \(error.message)")
                }
            case .inputObject(let inputObject):
                return try coerceInputObjectLiteral(node, inputObject)
            case .object, .interface, .union:
                throw GraphQLError("Type \"\(named.name)\" is not an input type.")
            }
        }
    }

    private func coerceInputObjectLiteral(_ node: ValueNode, _ inputObject: GraphQLInputObjectType) throws(GraphQLError) -> Value {
        guard case .object(let literal) = node else {
            throw GraphQLError("Expected value of type \"\(inputObject.name)\", found \(printAST(node)).")
        }
        completeInputDefaults(inputObject)
        for field in literal.fields where inputObject.fields[field.name.value] == nil {
            throw GraphQLError("Field \"\(field.name.value)\" is not defined by type \"\(inputObject.name)\"."
                + didYouMean(suggestionList(field.name.value, inputObject.fields.names)))
        }
        var result = ObjectValue(minimumCapacity: inputObject.fields.count)
        for field in inputObject.fields {
            if let provided = literal.fields.first(where: { $0.name.value == field.name }) {
                result.append(field.name, try coerceLiteral(provided.value, type: field.type))
            } else if let defaultValue = field.defaultValue {
                result.append(field.name, defaultValue)
            } else if field.type.isNonNull {
                throw GraphQLError("Field \"\(inputObject.name).\(field.name)\" of required type \"\(field.type)\" was not provided.")
            }
        }
        if inputObject.isOneOf {
            guard literal.fields.count == 1 else {
                throw GraphQLError("OneOf Input Object \"\(inputObject.name)\" must specify exactly one key.")
            }
            if case .null = literal.fields[0].value {
                throw GraphQLError("Field \"\(inputObject.name).\(literal.fields[0].name.value)\" must be non-null.")
            }
        }
        return .object(result)
    }
}
