/// One use of a variable inside an operation or fragment, with what the position expects:
/// what `NoUndefinedVariablesRule`, `NoUnusedVariablesRule` and
/// `VariablesInAllowedPositionRule` compare against the operation's definitions.
public struct VariableUsage: Sendable {
    public var node: Variable
    /// The input type expected where the variable is used; `nil` when unknown (e.g. an
    /// argument the field does not define).
    public var type: GraphQLType?
    /// The default value of the argument or input field the variable is passed to; `nil`
    /// when that location has no default.
    public var defaultValue: Value?
}

/// Everything a rule may ask during one validation run: the schema and document, the type
/// information at the current position of the shared traversal, fragment lookups and the
/// (cached) fragment and variable-usage analyses the spec's algorithms need, and the
/// error sink.
///
/// Caches are keyed by the source offset of the node they describe, so they work for
/// parsed documents; nodes built in code without locations are simply not cached.
public final class ValidationContext {
    public let schema: GraphQLSchema
    public let document: Document
    let typeInfo: TypeInfo
    public private(set) var errors: [GraphQLError] = []
    let maxErrors: Int
    /// True once `maxErrors` was exceeded: later reports are dropped.
    public private(set) var isAborted = false

    private let fragmentsByName: [String: FragmentDefinition]
    private var spreadsCache: [Int: [FragmentSpread]] = [:]
    private var referencedFragmentsCache: [Int: [FragmentDefinition]] = [:]
    private var usagesCache: [Int: [VariableUsage]] = [:]
    private var recursiveUsagesCache: [Int: [VariableUsage]] = [:]

    init(schema: GraphQLSchema, document: Document, maxErrors: Int) {
        self.schema = schema
        self.document = document
        self.maxErrors = maxErrors
        self.typeInfo = TypeInfo(schema: schema)
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            // A later definition of the same name wins, as in graphql-js; duplicates are
            // reported by UniqueFragmentNamesRule.
            fragments[fragment.name.value] = fragment
        }
        self.fragmentsByName = fragments
    }

    // MARK: Errors

    /// Records an error. Past `maxErrors`, records the "Validation aborted." error once and
    /// ignores everything after it.
    public func report(_ error: GraphQLError) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted."))
            isAborted = true
            return
        }
        errors.append(error)
    }

    /// Records an error whose locations are the start of each given node location (nodes
    /// without a location contribute none).
    public func report(_ message: String, at locations: Location?...) {
        report(GraphQLError(message, locations: startLocations(locations, in: document.source)))
    }

    /// Records an error located at each given node location, in order.
    public func report(_ message: String, atEach locations: [Location?]) {
        report(GraphQLError(message, locations: startLocations(locations, in: document.source)))
    }

    // MARK: Type information at the current position

    /// The composite type whose selection set is being visited; `nil` when unknown.
    public var parentType: GraphQLNamedType? { typeInfo.parentType }
    /// The output type of the field, operation or fragment being visited.
    public var type: GraphQLType? { typeInfo.type }
    /// The input type expected for the value being visited.
    public var inputType: GraphQLType? { typeInfo.inputType }
    /// The input type expected for the list or input object around the current value.
    public var parentInputType: GraphQLType? { typeInfo.parentInputType }
    /// The definition of the field being visited; `nil` when the field is unknown.
    public var fieldDefinition: GraphQLField? { typeInfo.fieldDef }
    /// The directive being visited; `nil` outside directives or for unknown directives.
    public var directive: GraphQLDirective? { typeInfo.directive }
    /// The definition of the argument being visited; `nil` when unknown.
    public var argument: GraphQLArgument? { typeInfo.argument }
    /// The default value of the argument or input field being visited; `nil` when none.
    public var defaultValue: Value? { typeInfo.defaultValue }

    // MARK: Fragments

    /// The fragment definition named `name`; `nil` when the document defines none.
    public func fragment(named name: String) -> FragmentDefinition? {
        fragmentsByName[name]
    }

    /// The fragment spreads anywhere inside `selectionSet` (not following them into the
    /// fragments they name).
    public func fragmentSpreads(in selectionSet: SelectionSet) -> [FragmentSpread] {
        let key = selectionSet.loc?.start
        if let key, let cached = spreadsCache[key] { return cached }
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let child = field.selectionSet { setsToVisit.append(child) }
                case .inlineFragment(let fragment): setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if let key { spreadsCache[key] = spreads }
        return spreads
    }

    /// Every fragment an operation uses, directly or through other fragments, each once.
    public func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        let key = operation.loc?.start
        if let key, let cached = referencedFragmentsCache[key] { return cached }
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var setsToVisit = [operation.selectionSet]
        while let set = setsToVisit.popLast() {
            for spread in fragmentSpreads(in: set) {
                let name = spread.name.value
                guard collected.insert(name).inserted, let fragment = fragment(named: name) else { continue }
                fragments.append(fragment)
                setsToVisit.append(fragment.selectionSet)
            }
        }
        if let key { referencedFragmentsCache[key] = fragments }
        return fragments
    }

    // MARK: Variable usages

    /// The variables used directly in an operation (its directives and selections; not its
    /// variable definitions), with the type each position expects.
    public func variableUsages(in operation: OperationDefinition) -> [VariableUsage] {
        let key = operation.loc?.start
        if let key, let cached = usagesCache[key] { return cached }
        if !mayContainVariable(operation.loc, in: document.source) { return [] }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(operation)
        if let key { usagesCache[key] = collector.usages }
        return collector.usages
    }

    /// The variables used directly in a fragment definition.
    public func variableUsages(in fragment: FragmentDefinition) -> [VariableUsage] {
        let key = fragment.loc?.start
        if let key, let cached = usagesCache[key] { return cached }
        if !mayContainVariable(fragment.loc, in: document.source) { return [] }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(fragment)
        if let key { usagesCache[key] = collector.usages }
        return collector.usages
    }

    /// The variables used by an operation and every fragment it uses transitively.
    public func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        let key = operation.loc?.start
        if let key, let cached = recursiveUsagesCache[key] { return cached }
        var usages = variableUsages(in: operation)
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages += variableUsages(in: fragment)
        }
        if let key { recursiveUsagesCache[key] = usages }
        return usages
    }
}

/// False only when the parsed text of a definition has no `$` at all, so it cannot use a
/// variable (spec §2.10: every `Variable` starts with `$`); the usage walk, which tracks
/// input types through the whole tree, is then skipped. A `$` in a string or comment just
/// means the walk runs. Nodes without a location or a source (built in code) are always
/// walked. Like the usage caches above, this trusts that a node's location spans its text
/// in the document's source.
private func mayContainVariable(_ loc: Location?, in source: Source?) -> Bool {
    guard let loc, let source else { return true }
    return source.withUTF8 { buffer in
        guard loc.start >= 0, loc.start <= loc.end, loc.end <= buffer.count else { return true }
        return UnsafeBufferPointer(rebasing: buffer[loc.start..<loc.end]).contains(0x24)
    }
}

/// Walks one operation or fragment with its own `TypeInfo`, recording each variable use
/// and the input type expected there (variable definitions are not uses).
private struct VariableUsageCollector {
    let typeInfo: TypeInfo
    var usages: [VariableUsage] = []

    init(schema: GraphQLSchema) {
        typeInfo = TypeInfo(schema: schema)
    }

    mutating func collect(_ operation: OperationDefinition) {
        typeInfo.enter(operation)
        visit(operation.directives)
        visit(operation.selectionSet)
        typeInfo.leaveTypeScope()
    }

    mutating func collect(_ fragment: FragmentDefinition) {
        typeInfo.enter(fragment)
        visit(fragment.directives)
        visit(fragment.selectionSet)
        typeInfo.leaveTypeScope()
    }

    private mutating func visit(_ selectionSet: SelectionSet) {
        typeInfo.enter(selectionSet)
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                typeInfo.enter(field)
                for argument in field.arguments { visit(argument) }
                visit(field.directives)
                if let child = field.selectionSet { visit(child) }
                typeInfo.leaveField()
            case .fragmentSpread(let spread):
                visit(spread.directives)
            case .inlineFragment(let fragment):
                typeInfo.enter(fragment)
                visit(fragment.directives)
                visit(fragment.selectionSet)
                typeInfo.leaveTypeScope()
            }
        }
        typeInfo.leaveSelectionSet()
    }

    private mutating func visit(_ directives: [Directive]) {
        for directive in directives where !directive.arguments.isEmpty {
            typeInfo.enter(directive)
            for argument in directive.arguments { visit(argument) }
            typeInfo.leaveDirective()
        }
    }

    private mutating func visit(_ argument: Argument) {
        typeInfo.enter(argument)
        visit(argument.value)
        typeInfo.leaveArgument()
    }

    private mutating func visit(_ value: ValueNode) {
        switch value {
        case .variable(let variable):
            usages.append(VariableUsage(node: variable, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue))
        case .list(let list):
            typeInfo.enter(value)
            for item in list.values { visit(item) }
            typeInfo.leave(value)
        case .object(let object):
            for field in object.fields {
                typeInfo.enter(field)
                visit(field.value)
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
    }
}
