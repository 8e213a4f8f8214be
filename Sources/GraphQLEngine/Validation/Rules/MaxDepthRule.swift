/// Protection rule (not part of the spec nor of `specifiedRules`; opt-in for servers):
/// rejects operations whose fields nest deeper than `limit`, counting through fragments.
/// Root fields are at depth 1. Introspection fields (`__schema`, `__type`, `__typename`)
/// are not counted by default, so tools' introspection queries keep working (their depth
/// is bounded by `MaxIntrospectionDepthRule`).
///
/// Message: `Operation "Name" has depth 12, which exceeds the maximum allowed depth of
/// 10.`, located at the first field (in document order) that is too deep.
public struct MaxDepthRule: ValidationRule {
    public let limit: Int
    public let ignoresIntrospection: Bool

    public init(limit: Int, ignoresIntrospection: Bool = true) {
        self.limit = limit
        self.ignoresIntrospection = ignoresIntrospection
    }

    public var name: String { "MaxDepthRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context, self) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        let rule: MaxDepthRule
        var statistics: SelectionStatistics

        init(_ context: ValidationContext, _ rule: MaxDepthRule) {
            self.context = context
            self.rule = rule
            statistics = SelectionStatistics(context: context, ignoresIntrospection: rule.ignoresIntrospection)
        }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            let depth = statistics.measure(node.selectionSet).depth
            if depth > rule.limit {
                let field = statistics.firstField(deeperThan: rule.limit, in: node.selectionSet, parentDepth: 0)
                context.report(
                    "\(node.subjectInMessages) has depth \(depth), which exceeds the maximum allowed depth of \(rule.limit).",
                    at: field?.loc ?? node.loc
                )
            }
            return .skip
        }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction { .skip }
    }
}
