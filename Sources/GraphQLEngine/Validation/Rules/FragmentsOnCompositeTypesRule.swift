/// Spec §5.5.1.3 "Fragments on Object, Interface or Union Types": a fragment's type
/// condition (named or inline) is a composite type. Unknown types are left to
/// KnownTypeNamesRule.
public struct FragmentsOnCompositeTypesRule: ValidationRule {
    public init() {}
    public var name: String { "FragmentsOnCompositeTypesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterInlineFragment(_ node: InlineFragment) -> ValidationAction {
            if let condition = node.typeCondition, isNonComposite(condition) {
                context.report(
                    "Fragment cannot condition on non composite type \"\(condition.name.value)\".", at: condition.loc
                )
            }
            return .continue
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction {
            let condition = node.typeCondition
            if isNonComposite(condition) {
                context.report(
                    "Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(condition.name.value)\".",
                    at: condition.loc
                )
            }
            return .continue
        }

        private func isNonComposite(_ condition: NamedType) -> Bool {
            guard let type = context.schema.type(named: condition.name.value) else { return false }
            return !type.isCompositeType
        }
    }
}
