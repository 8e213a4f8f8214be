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

        /// Depth-first search from `fragment` with an explicit stack of frames (one per
        /// fragment on the current path), so a long chain of fragments cannot exhaust the
        /// call stack; visits and reports in the same order as the recursive algorithm.
        private func detectCycles(from fragment: FragmentDefinition) {
            struct Frame {
                let name: String
                let spreads: [FragmentSpread]
                var index = 0
            }
            guard let first = enter(fragment) else { return }
            var frames = [first]
            while !frames.isEmpty {
                let top = frames.count - 1
                guard frames[top].index < frames[top].spreads.count else {
                    pathIndexByName[frames[top].name] = nil
                    frames.removeLast()
                    // Leaving a fragment returns to the spread that led to it.
                    if !frames.isEmpty { spreadPath.removeLast() }
                    continue
                }
                let spread = frames[top].spreads[frames[top].index]
                frames[top].index += 1
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
                } else if let next = context.fragment(named: spreadName), let frame = enter(next) {
                    frames.append(frame)
                    continue
                }
                spreadPath.removeLast()
            }

            /// Marks a fragment visited and, when it spreads anything, puts it on the path.
            func enter(_ fragment: FragmentDefinition) -> Frame? {
                let name = fragment.name.value
                guard visited.insert(name).inserted else { return nil }
                let spreads = context.fragmentSpreads(in: fragment.selectionSet)
                guard !spreads.isEmpty else { return nil }
                pathIndexByName[name] = spreadPath.count
                return Frame(name: name, spreads: spreads)
            }
        }
    }
}
