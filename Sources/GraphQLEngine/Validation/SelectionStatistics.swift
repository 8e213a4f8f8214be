/// Size measures of an operation with its fragments expanded, for the protection rules
/// (`MaxDepthRule`, `MaxAliasesRule`, `MaxFieldCountRule`).
///
/// Each fragment is measured once and its measures reused at every spread, so a document
/// whose fragments spread each other many times ("fragment bombs") is measured in time
/// proportional to its size, while the counts reflect the full expansion (saturating at
/// `Int.max` rather than overflowing). Spreads of unknown fragments count nothing, and a
/// spread that would recurse into a fragment already being measured (a cycle, reported by
/// NoFragmentCyclesRule) counts nothing either.
struct SelectionStatistics {
    /// Measures of one selection set: deepest field nesting, aliased fields, all fields.
    struct Measure {
        var depth = 0
        var aliases = 0
        var fields = 0
    }

    let context: ValidationContext
    /// When true, fields whose name starts with "__" (introspection) and everything under
    /// them are not measured.
    let ignoresIntrospection: Bool
    private var fragmentMeasures: [String: Measure] = [:]
    private var measuring: Set<String> = []

    init(context: ValidationContext, ignoresIntrospection: Bool) {
        self.context = context
        self.ignoresIntrospection = ignoresIntrospection
    }

    mutating func measure(_ selectionSet: SelectionSet) -> Measure {
        var result = Measure()
        for selection in selectionSet.selections {
            var part = Measure()
            switch selection {
            case .field(let field):
                if ignoresIntrospection && field.name.value.hasPrefix("__") { continue }
                let inner = field.selectionSet.map { measure($0) } ?? Measure()
                part.depth = inner.depth + 1
                part.aliases = saturatingAdd(inner.aliases, field.alias == nil ? 0 : 1)
                part.fields = saturatingAdd(inner.fields, 1)
            case .inlineFragment(let fragment):
                part = measure(fragment.selectionSet)
            case .fragmentSpread(let spread):
                part = measure(fragmentNamed: spread.name.value)
            }
            result.depth = max(result.depth, part.depth)
            result.aliases = saturatingAdd(result.aliases, part.aliases)
            result.fields = saturatingAdd(result.fields, part.fields)
        }
        return result
    }

    mutating func measure(fragmentNamed name: String) -> Measure {
        if let known = fragmentMeasures[name] { return known }
        if measuring.contains(name) { return Measure() }
        prepare(name)
        return fragmentMeasures[name] ?? Measure()
    }

    /// Measures `name` and every fragment it depends on, dependencies first, with an
    /// explicit stack: a long chain of fragments spreading each other must not exhaust
    /// the call stack. A fragment reached again while it is being prepared is part of a
    /// cycle and counts nothing there.
    private mutating func prepare(_ name: String) {
        var stack: [(name: String, dependenciesDone: Bool)] = [(name, false)]
        while let (current, dependenciesDone) = stack.popLast() {
            if fragmentMeasures[current] != nil { continue }
            guard let fragment = context.fragment(named: current) else { continue }
            if dependenciesDone {
                // Every spread inside is now measured (or cyclic), so this does not recurse
                // into other fragments.
                let result = measure(fragment.selectionSet)
                measuring.remove(current)
                fragmentMeasures[current] = result
                continue
            }
            guard measuring.insert(current).inserted else { continue }
            stack.append((current, true))
            for spread in context.fragmentSpreads(in: fragment.selectionSet).reversed() {
                let dependency = spread.name.value
                if fragmentMeasures[dependency] == nil && !measuring.contains(dependency) {
                    stack.append((dependency, false))
                }
            }
        }
    }

    /// The first field (in document order) nested deeper than `limit` in `selectionSet`
    /// (whose parent is at `parentDepth`); `nil` when there is none. Iterative, following
    /// only selections that lead deeper than the limit, so long fragment chains are safe.
    mutating func firstField(deeperThan limit: Int, in selectionSet: SelectionSet, parentDepth: Int) -> Field? {
        struct Frame {
            let selections: [Selection]
            var index: Int
            let parentDepth: Int
            /// The fragment whose selection set this frame walks, to release on exit.
            let fragment: String?
        }
        var onPath: Set<String> = []
        var frames = [Frame(selections: selectionSet.selections, index: 0, parentDepth: parentDepth, fragment: nil)]
        while !frames.isEmpty {
            let top = frames.count - 1
            guard frames[top].index < frames[top].selections.count else {
                if let fragment = frames[top].fragment { onPath.remove(fragment) }
                frames.removeLast()
                continue
            }
            let selection = frames[top].selections[frames[top].index]
            let depth = frames[top].parentDepth
            frames[top].index += 1
            switch selection {
            case .field(let field):
                if ignoresIntrospection && field.name.value.hasPrefix("__") { continue }
                if depth + 1 > limit { return field }
                if let child = field.selectionSet, depth + 1 + measure(child).depth > limit {
                    frames.append(Frame(selections: child.selections, index: 0, parentDepth: depth + 1, fragment: nil))
                }
            case .inlineFragment(let fragment):
                frames.append(Frame(selections: fragment.selectionSet.selections, index: 0, parentDepth: depth, fragment: nil))
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard depth + measure(fragmentNamed: name).depth > limit,
                      let fragment = context.fragment(named: name),
                      onPath.insert(name).inserted else { continue }
                frames.append(Frame(selections: fragment.selectionSet.selections, index: 0, parentDepth: depth, fragment: name))
            }
        }
        return nil
    }
}

private func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}

extension OperationDefinition {
    /// How protection-rule messages name an operation: `Operation "Name"` or
    /// `Anonymous operation`.
    var subjectInMessages: String {
        name.map { "Operation \"\($0.value)\"" } ?? "Anonymous operation"
    }
}
