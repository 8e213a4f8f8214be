/// Spec §5.8.5 "All Variable Usages Are Allowed": each variable's type fits every position
/// it is used in (IsVariableUsageAllowed): same or more specific type, with a nullable
/// variable allowed in a non-null position only when the variable or the position has a
/// (non-null) default. (A nullable variable used as a OneOf field is reported by
/// ValuesOfCorrectTypeRule, as graphql-js does.)
public struct VariablesInAllowedPositionRule: ValidationRule {
    public init() {}
    public var name: String { "VariablesInAllowedPositionRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var definitions: [String: VariableDefinition] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            definitions.removeAll()
            return .continue
        }

        func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction {
            definitions[node.variable.name.value] = node
            return .continue
        }

        func leaveOperation(_ node: OperationDefinition) {
            let schema = context.schema
            for usage in context.recursiveVariableUsages(of: node) {
                let name = usage.node.name.value
                guard let definition = definitions[name], let locationType = usage.type,
                      let variableType = schema.type(from: definition.type) else { continue }
                if !isAllowed(variableType, definition.defaultValue, in: locationType, locationDefault: usage.defaultValue) {
                    context.report(
                        "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                        at: definition.loc, usage.node.loc
                    )
                }
            }
        }

        /// IsVariableUsageAllowed (spec §5.8.5).
        private func isAllowed(
            _ variableType: GraphQLType, _ variableDefault: ValueNode?,
            in locationType: GraphQLType, locationDefault: Value?
        ) -> Bool {
            if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
                var hasNonNullVariableDefault = false
                if let variableDefault {
                    if case .null = variableDefault {} else { hasNonNullVariableDefault = true }
                }
                guard hasNonNullVariableDefault || locationDefault != nil else { return false }
                return isTypeSubTypeOf(context.schema, variableType, nullableLocation)
            }
            return isTypeSubTypeOf(context.schema, variableType, locationType)
        }
    }
}
