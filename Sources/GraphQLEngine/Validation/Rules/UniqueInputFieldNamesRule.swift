/// Spec §5.6.3 "Input Object Field Uniqueness": an input object literal gives each field
/// once. Each repeat is reported with the first occurrence.
public struct UniqueInputFieldNamesRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueInputFieldNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        /// Field names seen in each input object literal being visited, innermost last.
        var knownStack: [[String: Name]] = []
        init(_ context: ValidationContext) { self.context = context }

        func enterValue(_ node: ValueNode) -> ValidationAction {
            if case .object = node { knownStack.append([:]) }
            return .continue
        }

        func leaveValue(_ node: ValueNode) {
            if case .object = node { knownStack.removeLast() }
        }

        func enterObjectField(_ node: ObjectField) -> ValidationAction {
            let name = node.name.value
            if let first = knownStack[knownStack.count - 1][name] {
                context.report("There can be only one input field named \"\(name)\".", at: first.loc, node.name.loc)
            } else {
                knownStack[knownStack.count - 1][name] = node.name
            }
            return .continue
        }
    }
}
