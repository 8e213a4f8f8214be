/// Protection rule (opt-in, not in `specifiedRules`): a simple cost limit rejecting
/// operations that select more than `limit` fields in total, counted with fragments
/// expanded at every spread (so a few fragments spreading each other many times cannot
/// hide an exponentially large query). Every field selection counts 1, `__typename`
/// included.
///
/// Message: `Operation "Name" selects 5000 fields, which exceeds the maximum allowed
/// number of fields of 1000.`, located at the operation.
public struct MaxFieldCountRule: ValidationRule {
    public let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    public var name: String { "MaxFieldCountRule" }
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
            let fields = statistics.measure(node.selectionSet).fields
            if fields > limit {
                let count = fields == Int.max ? "more than \(Int.max)" : String(fields)
                context.report(
                    "\(node.subjectInMessages) selects \(count) fields, which exceeds the maximum allowed number of fields of \(limit).",
                    at: node.loc
                )
            }
            return .skip
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction { .skip }
    }
}
