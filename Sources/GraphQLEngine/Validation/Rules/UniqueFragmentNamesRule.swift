/// Spec §5.5.1.1 "Fragment Name Uniqueness": fragment definitions have distinct names.
public struct UniqueFragmentNamesRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueFragmentNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var known: [String: Name] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction { .skip }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction {
            let name = node.name
            if let first = known[name.value] {
                context.report("There can be only one fragment named \"\(name.value)\".", at: first.loc, name.loc)
            } else {
                known[name.value] = name
            }
            return .skip
        }
    }
}
