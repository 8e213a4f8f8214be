/// Protection rule (opt-in, not in `specifiedRules`): rejects operations using more than
/// `limit` aliases, counted with fragments expanded at every spread. Aliases let one small
/// document ask for the same expensive field thousands of times ("alias bombing").
///
/// Message: `Operation "Name" uses 1000 aliases, which exceeds the maximum allowed number
/// of aliases of 100.`, located at the operation.
public struct MaxAliasesRule: ValidationRule {
    public let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    public var name: String { "MaxAliasesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context, limit) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        let limit: Int
        var statistics: SelectionStatistics

        init(_ context: ValidationContext, _ limit: Int) {
            self.context = context
            self.limit = limit
            statistics = SelectionStatistics(context: context, ignoresIntrospection: false)
        }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            let aliases = statistics.measure(node.selectionSet).aliases
            if aliases > limit {
                context.report(
                    "\(node.subjectInMessages) uses \(aliases) aliases, which exceeds the maximum allowed number of aliases of \(limit).",
                    at: node.loc
                )
            }
            return .skip
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction { .skip }
    }
}
