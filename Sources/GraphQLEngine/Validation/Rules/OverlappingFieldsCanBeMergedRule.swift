/// Spec §5.3.2 "Field Selection Merging": fields with the same response name in a
/// selection set (after spreading fragments) must be mergeable — same field and arguments
/// unless their parents are distinct object types, and in every case the same response
/// shape (SameResponseShape), checked recursively through sub-selections.
///
/// Instead of expanding fragments (exponential in the worst case), each selection set's
/// fields are collected once (cached per selection set) and fragments are compared pair
/// by pair, each pair of fragments once (per mutual-exclusivity), as graphql-js does; the
/// conflicts found and their order therefore match graphql-js.
public struct OverlappingFieldsCanBeMergedRule: ValidationRule {
    public init() {}
    public var name: String { "OverlappingFieldsCanBeMergedRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker {
        FieldMergeChecker(context)
    }
}

/// One field selection with where it was found: the parent type it was selected on and
/// its definition there (`nil` for unknown fields and meta-fields).
private struct FieldEntry {
    let parentType: GraphQLNamedType?
    let node: Field
    let definition: GraphQLField?
}

/// Fields of a selection set grouped by response name, in first-seen order. A class so a
/// cached map can be recognised by identity (a fragment spread inside its own fragment).
private final class FieldMap {
    var keys: [String] = []
    var fieldsByKey: [String: [FieldEntry]] = [:]

    func append(_ key: String, _ entry: FieldEntry) {
        if fieldsByKey[key] == nil { keys.append(key) }
        fieldsByKey[key, default: []].append(entry)
    }
}

private struct FieldsAndFragments {
    let fieldMap: FieldMap
    /// Names of fragments spread in the selection set (not inside sub-selections), unique,
    /// in first-seen order.
    let fragmentNames: [String]
}

/// Why two fields conflict: a plain reason, or the conflicts among their sub-fields.
private indirect enum ConflictReason {
    case message(String)
    case subfields([(responseName: String, reason: ConflictReason)])

    var text: String {
        switch self {
        case .message(let message): return message
        case .subfields(let reasons):
            return reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.reason.text)" }
                .joined(separator: " and ")
        }
    }
}

private struct Conflict {
    let responseName: String
    let reason: ConflictReason
    let fields1: [Field]
    let fields2: [Field]
}

/// Unordered pairs of fragment names already compared, remembering whether the comparison
/// was made with mutually exclusive parents: a non-exclusive comparison checks more, so it
/// also covers a later exclusive one, but not the other way round.
private struct FragmentPairSet {
    private var pairs: [String: [String: Bool]] = [:]

    func contains(_ a: String, _ b: String, mutuallyExclusive: Bool) -> Bool {
        let (first, second) = a < b ? (a, b) : (b, a)
        guard let recorded = pairs[first]?[second] else { return false }
        // A pair compared as not mutually exclusive also covers the exclusive case.
        return mutuallyExclusive ? true : recorded == mutuallyExclusive
    }

    mutating func insert(_ a: String, _ b: String, mutuallyExclusive: Bool) {
        let (first, second) = a < b ? (a, b) : (b, a)
        pairs[first, default: [:]][second] = mutuallyExclusive
    }
}

private final class FieldMergeChecker: ValidationRuleChecker {
    let context: ValidationContext
    var comparedFragmentPairs = FragmentPairSet()
    /// Collected fields per selection set, keyed by the selection set's source offset.
    var cache: [Int: FieldsAndFragments] = [:]

    init(_ context: ValidationContext) { self.context = context }

    func enterSelectionSet(_ node: SelectionSet) -> ValidationAction {
        for conflict in conflictsWithin(node, parentType: context.parentType) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.text). "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                atEach: (conflict.fields1 + conflict.fields2).map(\.loc)
            )
        }
        return .continue
    }

    // MARK: Finding conflicts

    /// All conflicts within one selection set, including through the fragments it spreads.
    private func conflictsWithin(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?) -> [Conflict] {
        var conflicts: [Conflict] = []
        let collected = fieldsAndFragments(parentType, selectionSet)
        collectConflictsWithin(&conflicts, collected.fieldMap)
        let names = collected.fragmentNames
        for (index, name) in names.enumerated() {
            collectConflictsBetweenFieldsAndFragment(&conflicts, false, collected.fieldMap, name)
            for other in names[(index + 1)...] {
                collectConflictsBetweenFragments(&conflicts, false, name, other)
            }
        }
        return conflicts
    }

    /// Conflicts between a field map and a fragment, including the fragments it spreads
    /// (each pair once). Uses an explicit stack of frames, one per fragment being followed,
    /// so long fragment chains cannot exhaust the call stack; the order of work is that of
    /// the recursive algorithm.
    private func collectConflictsBetweenFieldsAndFragment(
        _ conflicts: inout [Conflict], _ mutuallyExclusive: Bool, _ fieldMap: FieldMap, _ fragmentName: String
    ) {
        struct Frame {
            let name: String
            let nested: [String]
            var index = 0
        }
        func start(_ name: String, _ conflicts: inout [Conflict]) -> Frame? {
            guard let fragment = context.fragment(named: name) else { return nil }
            let referenced = referencedFieldsAndFragments(fragment)
            // A fragment spread within its own selection set adds nothing to compare.
            if fieldMap === referenced.fieldMap { return nil }
            collectConflictsBetween(&conflicts, mutuallyExclusive, fieldMap, referenced.fieldMap)
            return Frame(name: name, nested: referenced.fragmentNames)
        }
        guard let first = start(fragmentName, &conflicts) else { return }
        var frames = [first]
        while !frames.isEmpty {
            let top = frames.count - 1
            guard frames[top].index < frames[top].nested.count else {
                frames.removeLast()
                continue
            }
            let nested = frames[top].nested[frames[top].index]
            let name = frames[top].name
            frames[top].index += 1
            if comparedFragmentPairs.contains(nested, name, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragmentPairs.insert(nested, name, mutuallyExclusive: mutuallyExclusive)
            if let frame = start(nested, &conflicts) { frames.append(frame) }
        }
    }

    /// Conflicts between two fragments and the fragments they spread, each pair once.
    /// A pre-order walk with an explicit stack (children pushed in reverse), equivalent to
    /// the recursive algorithm since nothing is done after visiting a pair's children.
    private func collectConflictsBetweenFragments(
        _ conflicts: inout [Conflict], _ mutuallyExclusive: Bool, _ firstName1: String, _ firstName2: String
    ) {
        var pending = [(firstName1, firstName2)]
        while let (name1, name2) = pending.popLast() {
            if name1 == name2 { continue }
            if comparedFragmentPairs.contains(name1, name2, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragmentPairs.insert(name1, name2, mutuallyExclusive: mutuallyExclusive)
            guard let fragment1 = context.fragment(named: name1), let fragment2 = context.fragment(named: name2) else {
                continue
            }
            let referenced1 = referencedFieldsAndFragments(fragment1)
            let referenced2 = referencedFieldsAndFragments(fragment2)
            collectConflictsBetween(&conflicts, mutuallyExclusive, referenced1.fieldMap, referenced2.fieldMap)
            var children: [(String, String)] = referenced2.fragmentNames.map { (name1, $0) }
            children += referenced1.fragmentNames.map { ($0, name2) }
            pending += children.reversed()
        }
    }

    /// Conflicts between the sub-selections of two fields with the same response name.
    private func conflictsBetweenSubSelections(
        _ mutuallyExclusive: Bool,
        _ parentType1: GraphQLNamedType?, _ selectionSet1: SelectionSet,
        _ parentType2: GraphQLNamedType?, _ selectionSet2: SelectionSet
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        let collected1 = fieldsAndFragments(parentType1, selectionSet1)
        let collected2 = fieldsAndFragments(parentType2, selectionSet2)
        collectConflictsBetween(&conflicts, mutuallyExclusive, collected1.fieldMap, collected2.fieldMap)
        for name2 in collected2.fragmentNames {
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive, collected1.fieldMap, name2)
        }
        for name1 in collected1.fragmentNames {
            collectConflictsBetweenFieldsAndFragment(&conflicts, mutuallyExclusive, collected2.fieldMap, name1)
        }
        for name1 in collected1.fragmentNames {
            for name2 in collected2.fragmentNames {
                collectConflictsBetweenFragments(&conflicts, mutuallyExclusive, name1, name2)
            }
        }
        return conflicts
    }

    /// Every pair of same-named fields within one field map.
    private func collectConflictsWithin(_ conflicts: inout [Conflict], _ fieldMap: FieldMap) {
        for key in fieldMap.keys {
            let fields = fieldMap.fieldsByKey[key]!
            guard fields.count > 1 else { continue }
            for i in 0..<fields.count {
                for j in (i + 1)..<fields.count {
                    if let conflict = findConflict(false, key, fields[i], fields[j]) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// Every pair of same-named fields across two field maps (each map is assumed to have
    /// been checked within itself already).
    private func collectConflictsBetween(
        _ conflicts: inout [Conflict], _ mutuallyExclusive: Bool, _ fieldMap1: FieldMap, _ fieldMap2: FieldMap
    ) {
        for key in fieldMap1.keys {
            guard let fields2 = fieldMap2.fieldsByKey[key] else { continue }
            for field1 in fieldMap1.fieldsByKey[key]! {
                for field2 in fields2 {
                    if let conflict = findConflict(mutuallyExclusive, key, field1, field2) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// The conflict between two fields with the same response name, if any, including
    /// conflicts among their sub-fields.
    private func findConflict(
        _ parentsMutuallyExclusive: Bool, _ responseName: String, _ field1: FieldEntry, _ field2: FieldEntry
    ) -> Conflict? {
        // Fields on two different object types can never apply to the same object, so
        // only their response shapes need to agree.
        var mutuallyExclusive = parentsMutuallyExclusive
        if !mutuallyExclusive, let parent1 = field1.parentType, let parent2 = field2.parentType,
           parent1 != parent2, case .object = parent1, case .object = parent2 {
            mutuallyExclusive = true
        }
        let node1 = field1.node, node2 = field2.node
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return Conflict(
                    responseName: responseName,
                    reason: .message("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields"),
                    fields1: [node1], fields2: [node2]
                )
            }
            if !sameArguments(node1.arguments, node2.arguments) {
                return Conflict(
                    responseName: responseName, reason: .message("they have differing arguments"),
                    fields1: [node1], fields2: [node2]
                )
            }
        }
        let type1 = field1.definition?.type, type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return Conflict(
                responseName: responseName,
                reason: .message("they return conflicting types \"\(type1)\" and \"\(type2)\""),
                fields1: [node1], fields2: [node2]
            )
        }
        if let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet {
            let subConflicts = conflictsBetweenSubSelections(
                mutuallyExclusive, type1?.namedType, selectionSet1, type2?.namedType, selectionSet2
            )
            if !subConflicts.isEmpty {
                return Conflict(
                    responseName: responseName,
                    reason: .subfields(subConflicts.map { ($0.responseName, $0.reason) }),
                    fields1: [node1] + subConflicts.flatMap(\.fields1),
                    fields2: [node2] + subConflicts.flatMap(\.fields2)
                )
            }
        }
        return nil
    }

    // MARK: Collecting fields

    private func fieldsAndFragments(_ parentType: GraphQLNamedType?, _ selectionSet: SelectionSet) -> FieldsAndFragments {
        let key = selectionSet.loc?.start
        if let key, let cached = cache[key] { return cached }
        let fieldMap = FieldMap()
        var fragmentNames: [String] = []
        var seenFragments: Set<String> = []
        collectFields(parentType, selectionSet, fieldMap, &fragmentNames, &seenFragments)
        let result = FieldsAndFragments(fieldMap: fieldMap, fragmentNames: fragmentNames)
        if let key { cache[key] = result }
        return result
    }

    /// The fields and nested fragment names of a fragment, collected on its type condition.
    private func referencedFieldsAndFragments(_ fragment: FragmentDefinition) -> FieldsAndFragments {
        if let key = fragment.selectionSet.loc?.start, let cached = cache[key] { return cached }
        let fragmentType = context.schema.type(named: fragment.typeCondition.name.value)
        return fieldsAndFragments(fragmentType, fragment.selectionSet)
    }

    private func collectFields(
        _ parentType: GraphQLNamedType?, _ selectionSet: SelectionSet, _ fieldMap: FieldMap,
        _ fragmentNames: inout [String], _ seenFragments: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                // Only object and interface fields are looked up (meta-fields are not).
                let definition = parentType?.fields?[field.name.value]
                fieldMap.append(field.responseKey, FieldEntry(parentType: parentType, node: field, definition: definition))
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted { fragmentNames.append(spread.name.value) }
            case .inlineFragment(let fragment):
                var fragmentType = parentType
                if let condition = fragment.typeCondition {
                    fragmentType = context.schema.type(named: condition.name.value)
                }
                collectFields(fragmentType, fragment.selectionSet, fieldMap, &fragmentNames, &seenFragments)
            }
        }
    }
}

// MARK: Comparisons

/// Two argument lists are the same when they give the same names with the same values
/// (values compared as printed, with input object fields sorted by name).
private func sameArguments(_ arguments1: [Argument], _ arguments2: [Argument]) -> Bool {
    if arguments1.isEmpty { return arguments2.isEmpty }
    if arguments2.isEmpty || arguments1.count != arguments2.count { return false }
    var values2: [String: ValueNode] = [:]
    for argument in arguments2 { values2[argument.name.value] = argument.value }
    for argument in arguments1 {
        guard let value2 = values2[argument.name.value] else { return false }
        if canonicalText(argument.value) != canonicalText(value2) { return false }
    }
    return true
}

/// A literal printed with object fields in natural name order (stable for equal names).
private func canonicalText(_ value: ValueNode) -> String {
    switch value {
    case .list(let list):
        return "[" + list.values.map(canonicalText).joined(separator: ", ") + "]"
    case .object(let object):
        let sorted = object.fields.enumerated().sorted { lhs, rhs in
            let order = naturalCompare(lhs.element.name.value, rhs.element.name.value)
            return order != 0 ? order < 0 : lhs.offset < rhs.offset
        }
        return "{" + sorted.map { "\($0.element.name.value): \(canonicalText($0.element.value))" }
            .joined(separator: ", ") + "}"
    default:
        return printAST(value)
    }
}

/// Two field types conflict when no value could have both: lists and non-nulls must line
/// up, and leaf types must be the same type. Composite types are compared through their
/// sub-fields instead.
private func typesConflict(_ type1: GraphQLType, _ type2: GraphQLType) -> Bool {
    switch (type1, type2) {
    case (.list(let inner1), .list(let inner2)): return typesConflict(inner1, inner2)
    case (.list, _), (_, .list): return true
    case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2)
    case (.nonNull, _), (_, .nonNull): return true
    case (.named(let named1), .named(let named2)):
        if named1.isLeafType || named2.isLeafType { return named1 != named2 }
        return false
    }
}
