// Spec §6.3.2 "Field Collection" (CollectFields, DoesFragmentTypeApply) with the @skip and
// @include rules of §3.13.

/// Collects the fields of `selectionSet` and then of `more` that apply to `objectType`,
/// grouped by response key in first-occurrence order, each group turned into a
/// `FieldPlan`. Fields the type does not define (impossible after validation) are left
/// out. (One selection set is the common case, hence no array for it.)
func collectFields(
    objectType: GraphQLObjectType, selectionSet: SelectionSet, more: [SelectionSet] = [], context: ExecutionContext
) -> SelectionPlan {
    var collector = FieldCollector(objectType: objectType, context: context)
    // Usually one key per selection: sized once, the key lists (and the index, for big
    // selections) do not regrow.
    var selectionCount = selectionSet.selections.count
    for other in more { selectionCount += other.selections.count }
    collector.reserve(selectionCount)
    collector.collect(selectionSet)
    for other in more { collector.collect(other) }
    var plans: [FieldPlan] = []
    plans.reserveCapacity(collector.keys.count)
    for (index, key) in collector.keys.enumerated() {
        let group = collector.groups[index]
        guard let definition = context.schema.field(named: group.first.name.value, on: objectType) else { continue }
        plans.append(FieldPlan(
            responseKey: key, firstNode: group.first, otherNodes: group.more, parentType: objectType,
            definition: definition, variables: context.variableValues, source: context.source))
    }
    if plans.count == collector.keys.count { return SelectionPlan(fields: plans, keys: collector.keys) }
    return SelectionPlan(fields: plans)
}

/// The fields collected under one response key: nearly always one, so the rest are kept
/// apart and cost no array until there is a second.
private struct FieldGroup {
    var first: Field
    var more: [Field] = []
}

private struct FieldCollector {
    let objectType: GraphQLObjectType
    let context: ExecutionContext
    var keys: [String] = []
    var groups: [FieldGroup] = []
    /// Index of each key in `keys`, built only once there are `linearSearchLimit` keys:
    /// most selection sets are small, and a linear scan of a few strings costs less than
    /// creating and hashing into a dictionary.
    var indexByKey: [String: Int] = [:]
    var visitedFragments: Set<String> = []
    static let linearSearchLimit = 8
    /// Expected number of keys (see `reserve`).
    var capacityHint = 0

    init(objectType: GraphQLObjectType, context: ExecutionContext) {
        self.objectType = objectType
        self.context = context
    }

    mutating func collect(_ selectionSet: SelectionSet) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard shouldInclude(field.directives) else { continue }
                let key = field.responseKey
                if keys.count < FieldCollector.linearSearchLimit {
                    if let index = keys.firstIndex(of: key) {
                        groups[index].more.append(field)
                    } else {
                        add(key, field)
                    }
                } else {
                    collectIndexed(key, field)
                }
            case .fragmentSpread(let spread):
                guard shouldInclude(spread.directives) else { continue }
                let name = spread.name.value
                guard !visitedFragments.contains(name) else { continue }
                visitedFragments.insert(name)
                guard let fragment = context.fragments[name],
                      typeApplies(fragment.typeCondition.name.value) else { continue }
                collect(fragment.selectionSet)
            case .inlineFragment(let fragment):
                guard shouldInclude(fragment.directives) else { continue }
                if let condition = fragment.typeCondition, !typeApplies(condition.name.value) { continue }
                collect(fragment.selectionSet)
            }
        }
    }

    mutating func reserve(_ capacity: Int) {
        capacityHint = capacity
        keys.reserveCapacity(capacity)
        groups.reserveCapacity(capacity)
    }

    /// Adds `field` under a new key while there are few keys (found by a linear scan).
    mutating func add(_ key: String, _ field: Field) {
        keys.append(key)
        groups.append(FieldGroup(first: field))
    }

    /// Adds `field` once there are `linearSearchLimit` keys or more: the key is looked up
    /// and, when new, inserted in one hash of the dictionary slot (built on first use).
    mutating func collectIndexed(_ key: String, _ field: Field) {
        if indexByKey.isEmpty {
            indexByKey.reserveCapacity(max(2 * keys.count, capacityHint))
            for index in keys.indices { indexByKey[keys[index]] = index }
        }
        let next = keys.count
        let index = Self.slot(&indexByKey[key, default: next])
        if index == next {
            keys.append(key)
            groups.append(FieldGroup(first: field))
        } else {
            groups[index].more.append(field)
        }
    }

    /// The value in a dictionary slot (accessed `inout`, so the key is hashed once).
    private static func slot(_ value: inout Int) -> Int { value }

    /// Spec §6.3.2 DoesFragmentTypeApply.
    func typeApplies(_ typeName: String) -> Bool {
        if typeName == objectType.name { return true }
        guard let type = context.schema.type(named: typeName) else { return false }
        switch type {
        case .interface, .union: return context.schema.isPossibleType(objectType, of: type)
        default: return false
        }
    }

    /// `@skip(if: true)` or `@include(if: false)` leave a selection out (spec §3.13).
    func shouldInclude(_ directives: [Directive]) -> Bool {
        if directives.isEmpty { return true }
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include" else { continue }
            guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { continue }
            let condition: Bool
            switch argument.value {
            case .boolean(let literal): condition = literal.value
            case .variable(let variable):
                guard case .bool(let value)? = context.variableValues[variable.name.value] else { continue }
                condition = value
            default: continue
            }
            if name == "skip" && condition { return false }
            if name == "include" && !condition { return false }
        }
        return true
    }
}
