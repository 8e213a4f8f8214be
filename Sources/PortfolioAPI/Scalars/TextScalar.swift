import GraphQLEngine

/// A custom scalar carried as a string whose text must pass `isValid`: the shared
/// coercion of `Money`, `Date` and `Month`. Inputs that fail are rejected with `hint`
/// during validation/variable coercion, so resolvers only ever see well-formed text.
struct TextScalar: Sendable {
    let name: String
    let hint: String
    let isValid: @Sendable (String) -> Bool
    /// The text of a resolver's value of this scalar (e.g. `Money` → `"12.50"`); nil when
    /// the value has the wrong type.
    let format: @Sendable (any Sendable) -> String?

    var coercion: ScalarCoercion {
        let name = name, hint = hint, isValid = isValid, format = format
        return ScalarCoercion(
            serialize: { value throws(GraphQLError) -> Value in
                if let text = format(value) { return .string(text) }
                if let text = value as? String, isValid(text) { return .string(text) }
                throw GraphQLError("\(name) cannot represent value: \(value)")
            },
            parseValue: { value throws(GraphQLError) -> Value in
                guard case .string(let text) = value, isValid(text) else { throw GraphQLError(hint) }
                return value
            },
            parseLiteral: { node, _ throws(GraphQLError) -> Value in
                guard case .string(let literal) = node, isValid(literal.value) else { throw GraphQLError(hint) }
                return .string(literal.value)
            })
    }
}
