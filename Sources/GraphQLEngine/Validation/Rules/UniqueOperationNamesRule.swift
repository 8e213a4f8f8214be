/// Spec §5.2.2.1 "Operation Name Uniqueness": no two operations share a name (whatever
/// their operation types).
public struct UniqueOperationNamesRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueOperationNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var known: [String: Name] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            if let name = node.name {
                if let first = known[name.value] {
                    context.report("There can be only one operation named \"\(name.value)\".", at: first.loc, name.loc)
                } else {
                    known[name.value] = name
                }
            }
            return .skip
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction { .skip }
    }
}
