// Spec §6.4.1 "Coercing Field Arguments" (CoerceArgumentValues), shared by fields and
// directives. Failures are field errors located at the argument (or the field).

/// Coerces the arguments written on a field or directive. Arguments neither given nor
/// defaulted are absent from the result; an explicit `null` is kept as `.null`.
func coerceArgumentValues(
    definitions: [GraphQLArgument],
    nodes: [Argument],
    variables: ObjectValue,
    nodeLocation: Location?
) -> Result<ObjectValue, GraphQLError> {
    var coerced = ObjectValue(minimumCapacity: definitions.count)
    for definition in definitions {
        let name = definition.name
        let argumentNode = nodes.first { $0.name.value == name }
        let valueNode = argumentNode?.value
        var hasValue = valueNode != nil
        var variableName: String? = nil
        if case .variable(let variable)? = valueNode {
            variableName = variable.name.value
            hasValue = variables[variable.name.value] != nil
        }
        if !hasValue {
            if let defaultValue = definition.defaultValue {
                coerced.append(name, defaultValue)
            } else if definition.type.isNonNull {
                if let variableName {
                    return .failure(GraphQLError(
                        "Argument \"\(name)\" of required type \"\(definition.type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.",
                        locations: locations(valueNode?.loc ?? nodeLocation)))
                }
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of required type \"\(definition.type)\" was not provided.",
                    locations: locations(nodeLocation)))
            }
            continue
        }
        guard let valueNode else { continue }
        if let variableName {
            let value = variables[variableName] ?? .null
            if value.isNull && definition.type.isNonNull {
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of non-null type \"\(definition.type)\" must not be null.",
                    locations: locations(valueNode.loc)))
            }
            coerced.append(name, value)
            continue
        }
        if case .null = valueNode, definition.type.isNonNull {
            return .failure(GraphQLError(
                "Argument \"\(name)\" of non-null type \"\(definition.type)\" must not be null.",
                locations: locations(valueNode.loc)))
        }
        guard let value = coerceLiteral(valueNode, to: definition.type, variables: variables) else {
            return .failure(GraphQLError(
                "Argument \"\(name)\" has invalid value \(printAST(valueNode)).",
                locations: locations(valueNode.loc)))
        }
        coerced.append(name, value)
    }
    return .success(coerced)
}

private func locations(_ location: Location?) -> [SourceLocation] {
    location.map { [$0.startLocation] } ?? []
}
