/// Spec §5.5.2.2 "Fragment Spreads Must Not Form Cycles": following spreads from any
/// fragment never leads back to it. Each cycle is reported once, located at the spreads
/// that form it, found by one depth-first search over all fragments.
public struct NoFragmentCyclesRule: ValidationRule {
    public init() {}
    public var name: String { "NoFragmentCyclesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        /// Fragments whose spreads were already searched (a cycle through them is known).
        var visited: Set<String> = []
        /// The spreads followed from the fragment where the search started.
        var spreadPath: [FragmentSpread] = []
        /// Position in `spreadPath` at which each fragment on the path was entered.
        var pathIndexByName: [String: Int] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction { .skip }

        func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction {
            detectCycles(from: node)
            return .skip
        }

        private func detectCycles(from fragment: FragmentDefinition) {
            let name = fragment.name.value
            guard visited.insert(name).inserted else { return }
            let spreads = context.fragmentSpreads(in: fragment.selectionSet)
            guard !spreads.isEmpty else { return }
            pathIndexByName[name] = spreadPath.count
            for spread in spreads {
                let spreadName = spread.name.value
                let cycleIndex = pathIndexByName[spreadName]
                spreadPath.append(spread)
                if let cycleIndex {
                    let cycle = Array(spreadPath[cycleIndex...])
                    let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                    context.report(
                        "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                        atEach: cycle.map(\.loc)
                    )
                } else if let next = context.fragment(named: spreadName) {
                    detectCycles(from: next)
                }
                spreadPath.removeLast()
            }
            pathIndexByName[name] = nil
        }
    }
}
