/// Spec §5.8.4 "All Variables Used": every variable an operation defines is used by it,
/// directly or in a fragment it uses.
public struct NoUnusedVariablesRule: ValidationRule {
    public init() {}
    public var name: String { "NoUnusedVariablesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var definitions: [VariableDefinition] = []
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            definitions.removeAll()
            return .continue
        }

        func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction {
            definitions.append(node)
            return .continue
        }

        func leaveOperation(_ node: OperationDefinition) {
            let used = Set(context.recursiveVariableUsages(of: node).map(\.node.name.value))
            for definition in definitions where !used.contains(definition.variable.name.value) {
                let name = definition.variable.name.value
                let message = node.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is never used."
                context.report(message, at: definition.loc)
            }
        }
    }
}
