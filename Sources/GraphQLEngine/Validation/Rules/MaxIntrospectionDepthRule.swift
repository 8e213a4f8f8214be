/// Not a spec rule: graphql-js's recommended guard, part of its default rules. Rejects
/// introspection queries that nest the list fields `fields`, `interfaces`,
/// `possibleTypes` or `inputFields` three deep (through fragments too), which could
/// otherwise make a small query produce a huge response.
public struct MaxIntrospectionDepthRule: ValidationRule {
    public init() {}
    public var name: String { "MaxIntrospectionDepthRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    static let maxListDepth = 3
    static let listFieldNames: Set<String> = ["fields", "interfaces", "possibleTypes", "inputFields"]

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var fragmentsOnPath: Set<String> = []
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) -> ValidationAction {
            let name = node.name.value
            guard name == "__schema" || name == "__type" else { return .continue }
            if exceedsDepth(.field(node), depth: 0) {
                context.report("Maximum introspection depth exceeded", at: node.loc)
                return .skip
            }
            return .continue
        }

        private func exceedsDepth(_ selection: Selection, depth: Int) -> Bool {
            var depth = depth
            let selectionSet: SelectionSet?
            switch selection {
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !fragmentsOnPath.contains(name), let fragment = context.fragment(named: name) else { return false }
                fragmentsOnPath.insert(name)
                defer { fragmentsOnPath.remove(name) }
                return exceeds(fragment.selectionSet, depth: depth)
            case .field(let field):
                if MaxIntrospectionDepthRule.listFieldNames.contains(field.name.value) {
                    depth += 1
                    if depth >= MaxIntrospectionDepthRule.maxListDepth { return true }
                }
                selectionSet = field.selectionSet
            case .inlineFragment(let fragment):
                selectionSet = fragment.selectionSet
            }
            guard let selectionSet else { return false }
            return exceeds(selectionSet, depth: depth)
        }

        private func exceeds(_ selectionSet: SelectionSet, depth: Int) -> Bool {
            selectionSet.selections.contains { exceedsDepth($0, depth: depth) }
        }
    }
}
