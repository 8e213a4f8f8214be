/// Spec §5.5.1.4 "Fragments Must Be Used": every fragment definition is spread, directly
/// or through other fragments, by some operation.
public struct NoUnusedFragmentsRule: ValidationRule {
    public init() {}
    public var name: String { "NoUnusedFragmentsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var operations: [OperationDefinition] = []
        var fragments: [FragmentDefinition] = []
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            operations.append(node)
            return .skip
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction {
            fragments.append(node)
            return .skip
        }

        func leaveDocument(_ node: Document) {
            var used: Set<String> = []
            for operation in operations {
                for fragment in context.recursivelyReferencedFragments(of: operation) {
                    used.insert(fragment.name.value)
                }
            }
            for fragment in fragments where !used.contains(fragment.name.value) {
                context.report("Fragment \"\(fragment.name.value)\" is never used.", at: fragment.loc)
            }
        }
    }
}
