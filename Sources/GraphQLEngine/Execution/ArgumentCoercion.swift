// Spec §6.4.1 "Coercing Field Arguments" (CoerceArgumentValues), shared by fields and
// directives. Failures are field errors located at the argument (or the field).

/// Coerces the arguments written on a field or directive. Arguments neither given nor
/// defaulted are absent from the result; an explicit `null` is kept as `.null`.
func coerceArgumentValues(
    definitions: [GraphQLArgument],
    nodes: [Argument],
    variables: ObjectValue,
    nodeLocation: Location?,
    source: Source?
) -> Result<ObjectValue, GraphQLError> {
    func locations(_ location: Location?) -> [SourceLocation] {
        startLocations([location], in: source)
    }
    var coerced = ObjectValue(minimumCapacity: definitions.count)
    // By index, reading the parts needed: iterating the array would copy each whole
    // `GraphQLInputValue` (with its AST node) per argument.
    for index in definitions.indices {
        let name = definitions[index].name
        var valueNode: ValueNode? = nil
        for nodeIndex in nodes.indices where nodes[nodeIndex].name.value == name {
            valueNode = nodes[nodeIndex].value
            break
        }
        var hasValue = valueNode != nil
        var variableName: String? = nil
        if case .variable(let variable)? = valueNode {
            variableName = variable.name.value
            hasValue = variables[variable.name.value] != nil
        }
        if !hasValue {
            if let defaultValue = definitions[index].defaultValue {
                coerced.append(name, defaultValue)
            } else if definitions[index].type.isNonNull {
                if let variableName {
                    return .failure(GraphQLError(
                        "Argument \"\(name)\" of required type \"\(definitions[index].type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.",
                        locations: locations(valueNode?.loc ?? nodeLocation)))
                }
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of required type \"\(definitions[index].type)\" was not provided.",
                    locations: locations(nodeLocation)))
            }
            continue
        }
        guard let valueNode else { continue }
        let type = definitions[index].type
        if let variableName {
            let value = variables[variableName] ?? .null
            if value.isNull && type.isNonNull {
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.",
                    locations: locations(valueNode.loc)))
            }
            coerced.append(name, value)
            continue
        }
        if case .null = valueNode, type.isNonNull {
            return .failure(GraphQLError(
                "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.",
                locations: locations(valueNode.loc)))
        }
        guard let value = coerceLiteral(valueNode, to: type, variables: variables) else {
            return .failure(GraphQLError(
                "Argument \"\(name)\" has invalid value \(printAST(valueNode)).",
                locations: locations(valueNode.loc)))
        }
        coerced.append(name, value)
    }
    return .success(coerced)
}
