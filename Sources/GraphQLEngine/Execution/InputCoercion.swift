// Input coercion of runtime values (variables) against input types: spec §3.5 "Input
// Coercion" of each scalar, §3.9 enums, §3.10 input objects (incl. @oneOf), §3.11 lists
// ("a single value becomes a list of one"), §3.12 non-null.

/// One failure found while coercing a runtime input value: where inside the value, the
/// offending part, and why.
struct InputCoercionFailure {
    var path: [PathComponent]
    var value: Value
    var error: GraphQLError
}

/// Coerces `value` to `type`, collecting every failure; returns `nil` when any failed.
/// `path` is the position inside the value, used for messages (`at "input.items[0]"`).
func coerceInputValue(
    _ value: Value,
    to type: GraphQLType,
    path: inout [PathComponent],
    failures: inout [InputCoercionFailure]
) -> Value? {
    switch type {
    case .nonNull(let inner):
        if value.isNull {
            failures.append(InputCoercionFailure(
                path: path, value: value,
                error: GraphQLError("Expected non-nullable type \"\(type)\" not to be null.")))
            return nil
        }
        return coerceInputValue(value, to: inner, path: &path, failures: &failures)
    case .list(let itemType):
        if value.isNull { return .null }
        guard case .list(let items) = value else {
            // Spec §3.11: a single value is coerced as a list of one.
            guard let item = coerceInputValue(value, to: itemType, path: &path, failures: &failures) else { return nil }
            return .list([item])
        }
        var result: [Value] = []
        result.reserveCapacity(items.count)
        var failed = false
        for (index, item) in items.enumerated() {
            path.append(.index(index))
            if let coerced = coerceInputValue(item, to: itemType, path: &path, failures: &failures) {
                result.append(coerced)
            } else {
                failed = true
            }
            path.removeLast()
        }
        return failed ? nil : .list(result)
    case .named(let named):
        if value.isNull { return .null }
        switch named {
        case .scalar(let scalar):
            do {
                return try scalar.parseValue(value)
            } catch {
                failures.append(InputCoercionFailure(path: path, value: value, error: error))
                return nil
            }
        case .enum(let enumType):
            do {
                return try enumType.parseValue(value)
            } catch {
                failures.append(InputCoercionFailure(path: path, value: value, error: error))
                return nil
            }
        case .inputObject(let inputType):
            return coerceInputObject(value, to: inputType, path: &path, failures: &failures)
        case .object, .interface, .union:
            failures.append(InputCoercionFailure(
                path: path, value: value, error: GraphQLError("Type \"\(named.name)\" is not an input type.")))
            return nil
        }
    }
}

private func coerceInputObject(
    _ value: Value,
    to type: GraphQLInputObjectType,
    path: inout [PathComponent],
    failures: inout [InputCoercionFailure]
) -> Value? {
    guard case .object(let given) = value else {
        failures.append(InputCoercionFailure(
            path: path, value: value, error: GraphQLError("Expected type \"\(type.name)\" to be an object.")))
        return nil
    }
    let failuresBefore = failures.count
    var result = ObjectValue(minimumCapacity: type.fields.count)
    for field in type.fields {
        guard let fieldValue = given[field.name] else {
            if let defaultValue = field.defaultValue {
                result.append(field.name, defaultValue)
            } else if field.type.isNonNull {
                failures.append(InputCoercionFailure(
                    path: path, value: value,
                    error: GraphQLError("Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")))
            }
            continue
        }
        path.append(.key(field.name))
        if let coerced = coerceInputValue(fieldValue, to: field.type, path: &path, failures: &failures) {
            result.append(field.name, coerced)
        }
        path.removeLast()
    }
    for key in given.keys where type.fields[key] == nil {
        let suggestions = suggestionList(key, type.fields.names)
        failures.append(InputCoercionFailure(
            path: path, value: value,
            error: GraphQLError("Field \"\(key)\" is not defined by type \"\(type.name)\"." + didYouMean(suggestions))))
    }
    if type.isOneOf {
        // Spec §3.10.1 OneOf Input Objects: exactly one field, and it is not null.
        if given.count != 1 {
            failures.append(InputCoercionFailure(
                path: path, value: value,
                error: GraphQLError("Exactly one key must be specified for OneOf type \"\(type.name)\".")))
        } else if let key = given.keys.first, let only = given[key], only.isNull {
            failures.append(InputCoercionFailure(
                path: path + [.key(key)], value: only,
                error: GraphQLError("Field \"\(key)\" must be non-null.")))
        }
    }
    return failures.count == failuresBefore ? .object(result) : nil
}

/// graphql-js `printPathArray`: `.name` for keys, `[0]` for indices.
func printInputPath(_ path: [PathComponent]) -> String {
    var text = ""
    for component in path {
        switch component {
        case .key(let key): text += "." + key
        case .index(let index): text += "[\(index)]"
        }
    }
    return text
}
