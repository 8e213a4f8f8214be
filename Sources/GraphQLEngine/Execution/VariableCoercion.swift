// Spec §6.1.2 "Coercing Variable Values" (CoerceVariableValues). Failures are request
// errors: the response then has no `data`. Messages are worded as graphql-js words them.

/// Coerces the request's raw `inputs` against the operation's variable definitions.
/// Returns the coerced values (absent = not provided and no default) and every error
/// found; the values are meaningless when there are errors.
func coerceVariableValues(
    schema: GraphQLSchema,
    definitions: [VariableDefinition],
    inputs: ObjectValue,
    source: Source?
) -> (values: ObjectValue, errors: [GraphQLError]) {
    var coerced = ObjectValue(minimumCapacity: definitions.count)
    var errors: [GraphQLError] = []
    for definition in definitions {
        let name = definition.variable.name.value
        let locations = startLocations([definition.loc], in: source)
        guard let type = schema.type(from: definition.type), type.isInputType else {
            errors.append(GraphQLError(
                "Variable \"$\(name)\" expected value of type \"\(typeText(definition.type))\" which cannot be used as an input type.",
                locations: locations))
            continue
        }
        guard let value = inputs[name] else {
            if let defaultNode = definition.defaultValue {
                if let value = coerceLiteral(defaultNode, to: type, variables: nil) {
                    coerced.append(name, value)
                }
            } else if type.isNonNull {
                errors.append(GraphQLError(
                    "Variable \"$\(name)\" of required type \"\(type)\" was not provided.", locations: locations))
            }
            continue
        }
        if value.isNull && type.isNonNull {
            errors.append(GraphQLError(
                "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", locations: locations))
            continue
        }
        var path: [PathComponent] = []
        var failures: [InputCoercionFailure] = []
        if let result = coerceInputValue(value, to: type, path: &path, failures: &failures), failures.isEmpty {
            coerced.append(name, result)
        } else {
            for failure in failures {
                var prefix = "Variable \"$\(name)\" got invalid value \(inspect(failure.value))"
                if !failure.path.isEmpty { prefix += " at \"\(name)\(printInputPath(failure.path))\"" }
                errors.append(GraphQLError(
                    prefix + "; " + failure.error.message, locations: locations, extensions: failure.error.extensions))
            }
        }
    }
    return (coerced, errors)
}

/// A type reference as written (`[Int!]!`), for messages about types the schema lacks.
func typeText(_ node: TypeNode) -> String {
    switch node {
    case .named(let named): return named.name.value
    case .list(let list): return "[" + typeText(list.type) + "]"
    case .nonNull(let nonNull): return typeText(nonNull.type) + "!"
    }
}
