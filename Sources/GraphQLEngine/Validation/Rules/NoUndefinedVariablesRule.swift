/// Spec §5.8.3 "All Variable Uses Defined": every variable used by an operation, directly
/// or in any fragment it uses, is defined by that operation.
public struct NoUndefinedVariablesRule: ValidationRule {
    public init() {}
    public var name: String { "NoUndefinedVariablesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var defined: Set<String> = []
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            defined.removeAll()
            return .continue
        }

        func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction {
            defined.insert(node.variable.name.value)
            return .continue
        }

        func leaveOperation(_ node: OperationDefinition) {
            for usage in context.recursiveVariableUsages(of: node) {
                let name = usage.node.name.value
                guard !defined.contains(name) else { continue }
                let message = node.name.map { "Variable \"$\(name)\" is not defined by operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is not defined."
                context.report(message, at: usage.node.loc, node.loc)
            }
        }
    }
}
