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
        /// Fragments being expanded, outermost first: a short stack, searched linearly
        /// (cheaper than hashing the names for a handful of entries).
        var fragmentsOnPath: [String] = []
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) -> ValidationAction {
            let name = node.name.value
            guard name == "__schema" || name == "__type" else { return .continue }
            if exceeds(field: node, depth: 0) {
                context.report("Maximum introspection depth exceeded", at: node.loc)
                return .skip
            }
            return .continue
        }

        // The walk below runs for every `__schema`/`__type` field and follows fragment
        // spreads each time (the introspection query reaches `TypeRef` dozens of times),
        // so it loops over selections in place rather than wrapping nodes in `Selection`
        // values, and tests list-field names with string comparisons instead of hashing.

        private func exceeds(field: Field, depth: Int) -> Bool {
            var depth = depth
            if Self.isListField(field.name.value) {
                depth += 1
                if depth >= MaxIntrospectionDepthRule.maxListDepth { return true }
            }
            guard let selectionSet = field.selectionSet else { return false }
            return exceeds(selectionSet, depth: depth)
        }

        private func exceeds(_ selectionSet: SelectionSet, depth: Int) -> Bool {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    if exceeds(field: field, depth: depth) { return true }
                case .inlineFragment(let fragment):
                    if exceeds(fragment.selectionSet, depth: depth) { return true }
                case .fragmentSpread(let spread):
                    let name = spread.name.value
                    guard !fragmentsOnPath.contains(name), let fragment = context.fragment(named: name) else {
                        continue
                    }
                    fragmentsOnPath.append(name)
                    let result = exceeds(fragment.selectionSet, depth: depth)
                    fragmentsOnPath.removeLast()
                    if result { return true }
                }
            }
            return false
        }

        /// Whether `name` is one of `listFieldNames` (same set, without hashing).
        @inline(__always)
        private static func isListField(_ name: String) -> Bool {
            switch name {
            case "fields", "interfaces", "possibleTypes", "inputFields": return true
            default: return false
            }
        }
    }
}
