/// Spec §5.8.2 "Variables Are Input Types": a variable's type is a scalar, enum or input
/// object (however wrapped). Unknown types are left to KnownTypeNamesRule.
public struct VariablesAreInputTypesRule: ValidationRule {
    public init() {}
    public var name: String { "VariablesAreInputTypesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction {
            if let type = context.schema.type(from: node.type), !type.isInputType {
                context.report(
                    "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(typeNodeText(node.type))\".",
                    at: node.type.loc
                )
            }
            return .continue
        }
    }
}

/// A type reference as written (`[Int!]!`), for messages.
func typeNodeText(_ node: TypeNode) -> String {
    switch node {
    case .named(let named): return named.name.value
    case .list(let list): return "[" + typeNodeText(list.type) + "]"
    case .nonNull(let nonNull): return typeNodeText(nonNull.type) + "!"
    }
}
