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
        guard let fragment = context.fragment(named: name), measuring.insert(name).inserted else {
            return Measure()
        }
        let result = measure(fragment.selectionSet)
        measuring.remove(name)
        fragmentMeasures[name] = result
        return result
    }

    /// The first field (in document order) nested deeper than `limit`, given the depth
    /// of `selectionSet`'s parent; `nil` when there is none.
    mutating func firstField(deeperThan limit: Int, in selectionSet: SelectionSet, parentDepth: Int) -> Field? {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if ignoresIntrospection && field.name.value.hasPrefix("__") { continue }
                let depth = parentDepth + 1
                if depth > limit { return field }
                if let child = field.selectionSet, depth + measure(child).depth > limit,
                   let found = firstField(deeperThan: limit, in: child, parentDepth: depth) {
                    return found
                }
            case .inlineFragment(let fragment):
                if let found = firstField(deeperThan: limit, in: fragment.selectionSet, parentDepth: parentDepth) {
                    return found
                }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard parentDepth + measure(fragmentNamed: name).depth > limit,
                      let fragment = context.fragment(named: name),
                      measuring.insert(name).inserted else { continue }
                let found = firstField(deeperThan: limit, in: fragment.selectionSet, parentDepth: parentDepth)
                measuring.remove(name)
                if let found { return found }
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
