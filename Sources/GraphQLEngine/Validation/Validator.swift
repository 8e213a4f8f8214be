/// Validates an executable document against a schema (spec §5) and returns every error
/// found, in document order, rule by rule as graphql-js reports them. An empty result
/// means the document may be executed.
///
/// - Parameters:
///   - rules: the checks to run; `specifiedRules` by default. Servers add protection rules
///     such as `MaxDepthRule` here.
///   - maxErrors: stop after this many errors and append a final "Too many validation
///     errors, error limit reached. Validation aborted." (as graphql-js does), so a hostile
///     document cannot make validation produce unbounded output.
public func validate(
    schema: GraphQLSchema,
    document: Document,
    rules: [any ValidationRule] = specifiedRules,
    maxErrors: Int = 100
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
    let checkers = rules.map { $0.makeChecker(context: context) }
    var walker = ValidationWalker(context: context, checkers: checkers)
    walker.walk(document)
    return context.errors
}

/// The one traversal shared by all rules: walks the document in graphql-js's key order,
/// keeps the context's `TypeInfo` in step (entered before the rules see a node, left
/// after), and forwards each enter/leave to every checker that is not skipping.
struct ValidationWalker {
    let context: ValidationContext
    let typeInfo: TypeInfo
    let checkers: [any ValidationRuleChecker]
    /// Per checker: `nil` when active, else the depth of the node it asked to skip
    /// (`Int.min` after `.break`: never active again).
    var skipping: [Int?]
    var depth = 0

    init(context: ValidationContext, checkers: [any ValidationRuleChecker]) {
        self.context = context
        self.typeInfo = context.typeInfo
        self.checkers = checkers
        self.skipping = Array(repeating: nil, count: checkers.count)
    }

    // MARK: Dispatch

    /// Enters a node: calls `hook` on every active checker, then (same checker, so the
    /// rule order of errors is kept) `enterDirectives` when the node carries directives.
    private mutating func enter(
        directives: [Directive] = [],
        site: DirectiveSite? = nil,
        _ hook: (any ValidationRuleChecker) -> ValidationAction
    ) {
        depth += 1
        for index in checkers.indices where skipping[index] == nil {
            let checker = checkers[index]
            let action = hook(checker)
            if let site, !directives.isEmpty { checker.enterDirectives(directives, at: site) }
            switch action {
            case .continue: break
            case .skip: skipping[index] = depth
            case .break: skipping[index] = Int.min
            }
        }
    }

    private mutating func leave(_ hook: (any ValidationRuleChecker) -> Void) {
        for index in checkers.indices {
            if let skipDepth = skipping[index] {
                if skipDepth == depth { skipping[index] = nil }
            } else {
                hook(checkers[index])
            }
        }
        depth -= 1
    }

    // MARK: Executable definitions

    mutating func walk(_ document: Document) {
        enter { $0.enterDocument(document) }
        for definition in document.definitions {
            if context.isAborted { return }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: walkTypeSystem(definition)
            }
        }
        if context.isAborted { return }
        leave { $0.leaveDocument(document) }
    }

    private mutating func walk(_ operation: OperationDefinition) {
        typeInfo.enter(operation)
        let site = DirectiveSite(location: operation.operation.directiveLocation)
        enter(directives: operation.directives, site: site) { $0.enterOperation(operation) }
        for variable in operation.variableDefinitions { walk(variable) }
        walk(operation.directives, site: site)
        walk(operation.selectionSet)
        leave { $0.leaveOperation(operation) }
        typeInfo.leaveTypeScope()
    }

    private mutating func walk(_ variable: VariableDefinition) {
        typeInfo.enter(variable)
        let site = DirectiveSite(location: .variableDefinition)
        enter(directives: variable.directives, site: site) { $0.enterVariableDefinition(variable) }
        walk(variable.type, inTypeSystemDefinition: false)
        if let value = variable.defaultValue { walk(value) }
        walk(variable.directives, site: site)
        leave { $0.leaveVariableDefinition(variable) }
        typeInfo.leaveVariableDefinition()
    }

    private mutating func walk(_ fragment: FragmentDefinition) {
        typeInfo.enter(fragment)
        let site = DirectiveSite(location: .fragmentDefinition)
        enter(directives: fragment.directives, site: site) { $0.enterFragmentDefinition(fragment) }
        walk(fragment.typeCondition, inTypeSystemDefinition: false)
        walk(fragment.directives, site: site)
        walk(fragment.selectionSet)
        leave { $0.leaveFragmentDefinition(fragment) }
        typeInfo.leaveTypeScope()
    }

    private mutating func walk(_ selectionSet: SelectionSet) {
        typeInfo.enter(selectionSet)
        enter { $0.enterSelectionSet(selectionSet) }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        leave { $0.leaveSelectionSet(selectionSet) }
        typeInfo.leaveSelectionSet()
    }

    private mutating func walk(_ field: Field) {
        typeInfo.enter(field)
        let site = DirectiveSite(location: .field)
        enter(directives: field.directives, site: site) { $0.enterField(field) }
        for argument in field.arguments { walk(argument) }
        walk(field.directives, site: site)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        leave { $0.leaveField(field) }
        typeInfo.leaveField()
    }

    private mutating func walk(_ spread: FragmentSpread) {
        let site = DirectiveSite(location: .fragmentSpread)
        enter(directives: spread.directives, site: site) { $0.enterFragmentSpread(spread) }
        walk(spread.directives, site: site)
        leave { $0.leaveFragmentSpread(spread) }
    }

    private mutating func walk(_ fragment: InlineFragment) {
        typeInfo.enter(fragment)
        let site = DirectiveSite(location: .inlineFragment)
        enter(directives: fragment.directives, site: site) { $0.enterInlineFragment(fragment) }
        if let condition = fragment.typeCondition { walk(condition, inTypeSystemDefinition: false) }
        walk(fragment.directives, site: site)
        walk(fragment.selectionSet)
        leave { $0.leaveInlineFragment(fragment) }
        typeInfo.leaveTypeScope()
    }

    private mutating func walk(_ argument: Argument) {
        typeInfo.enter(argument)
        enter { $0.enterArgument(argument) }
        walk(argument.value)
        leave { $0.leaveArgument(argument) }
        typeInfo.leaveArgument()
    }

    private mutating func walk(_ directives: [Directive], site: DirectiveSite) {
        for directive in directives {
            typeInfo.enter(directive)
            enter { $0.enterDirective(directive, at: site) }
            for argument in directive.arguments { walk(argument) }
            leave { $0.leaveDirective(directive, at: site) }
            typeInfo.leaveDirective()
        }
    }

    private mutating func walk(_ value: ValueNode) {
        typeInfo.enter(value)
        enter { $0.enterValue(value) }
        switch value {
        case .list(let list):
            for item in list.values { walk(item) }
        case .object(let object):
            for field in object.fields {
                typeInfo.enter(field)
                enter { $0.enterObjectField(field) }
                walk(field.value)
                leave { $0.leaveObjectField(field) }
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
        leave { $0.leaveValue(value) }
        typeInfo.leave(value)
    }

    private mutating func walk(_ type: TypeNode, inTypeSystemDefinition: Bool) {
        switch type {
        case .named(let named): walk(named, inTypeSystemDefinition: inTypeSystemDefinition)
        case .list(let list): walk(list.type, inTypeSystemDefinition: inTypeSystemDefinition)
        case .nonNull(let nonNull): walk(nonNull.type, inTypeSystemDefinition: inTypeSystemDefinition)
        }
    }

    private mutating func walk(_ named: NamedType, inTypeSystemDefinition: Bool) {
        enter { checker in
            checker.enterNamedType(named, inTypeSystemDefinition: inTypeSystemDefinition)
            return .continue
        }
        leave { _ in }
    }

    // MARK: Type-system definitions (not executable, but still checked by the rules that
    // apply to directives, type names and values wherever they appear)

    private mutating func walkTypeSystem(_ definition: Definition) {
        let site: DirectiveSite?
        let directives: [Directive]
        switch definition {
        case .schema(let node):
            site = DirectiveSite(location: .schema, isSchema: true)
            directives = node.directives
        case .schemaExtension(let node):
            site = DirectiveSite(location: .schema, isSchema: true)
            directives = node.directives
        case .scalarType(let node):
            site = DirectiveSite(location: .scalar, typeName: node.name.value)
            directives = node.directives
        case .scalarTypeExtension(let node):
            site = DirectiveSite(location: .scalar, typeName: node.name.value)
            directives = node.directives
        case .objectType(let node):
            site = DirectiveSite(location: .object, typeName: node.name.value)
            directives = node.directives
        case .objectTypeExtension(let node):
            site = DirectiveSite(location: .object, typeName: node.name.value)
            directives = node.directives
        case .interfaceType(let node):
            site = DirectiveSite(location: .interface, typeName: node.name.value)
            directives = node.directives
        case .interfaceTypeExtension(let node):
            site = DirectiveSite(location: .interface, typeName: node.name.value)
            directives = node.directives
        case .unionType(let node):
            site = DirectiveSite(location: .union, typeName: node.name.value)
            directives = node.directives
        case .unionTypeExtension(let node):
            site = DirectiveSite(location: .union, typeName: node.name.value)
            directives = node.directives
        case .enumType(let node):
            site = DirectiveSite(location: .enum, typeName: node.name.value)
            directives = node.directives
        case .enumTypeExtension(let node):
            site = DirectiveSite(location: .enum, typeName: node.name.value)
            directives = node.directives
        case .inputObjectType(let node):
            site = DirectiveSite(location: .inputObject, typeName: node.name.value)
            directives = node.directives
        case .inputObjectTypeExtension(let node):
            site = DirectiveSite(location: .inputObject, typeName: node.name.value)
            directives = node.directives
        case .directive, .operation, .fragment:
            site = nil
            directives = []
        }
        enter(directives: directives, site: site) { $0.enterTypeSystemDefinition(definition) }
        switch definition {
        case .schema(let node):
            if let site { walk(node.directives, site: site) }
            for operationType in node.operationTypes { walk(operationType.type, inTypeSystemDefinition: true) }
        case .schemaExtension(let node):
            if let site { walk(node.directives, site: site) }
            for operationType in node.operationTypes { walk(operationType.type, inTypeSystemDefinition: true) }
        case .scalarType, .scalarTypeExtension:
            if let site { walk(directives, site: site) }
        case .objectType(let node):
            walkComposite(interfaces: node.interfaces, directives: node.directives, site: site, fields: node.fields)
        case .objectTypeExtension(let node):
            walkComposite(interfaces: node.interfaces, directives: node.directives, site: site, fields: node.fields)
        case .interfaceType(let node):
            walkComposite(interfaces: node.interfaces, directives: node.directives, site: site, fields: node.fields)
        case .interfaceTypeExtension(let node):
            walkComposite(interfaces: node.interfaces, directives: node.directives, site: site, fields: node.fields)
        case .unionType(let node):
            if let site { walk(node.directives, site: site) }
            for member in node.types { walk(member, inTypeSystemDefinition: true) }
        case .unionTypeExtension(let node):
            if let site { walk(node.directives, site: site) }
            for member in node.types { walk(member, inTypeSystemDefinition: true) }
        case .enumType(let node):
            if let site { walk(node.directives, site: site) }
            for value in node.values { walkEnumValue(value) }
        case .enumTypeExtension(let node):
            if let site { walk(node.directives, site: site) }
            for value in node.values { walkEnumValue(value) }
        case .inputObjectType(let node):
            if let site { walk(node.directives, site: site) }
            for field in node.fields { walk(field, location: .inputFieldDefinition) }
        case .inputObjectTypeExtension(let node):
            if let site { walk(node.directives, site: site) }
            for field in node.fields { walk(field, location: .inputFieldDefinition) }
        case .directive(let node):
            for argument in node.arguments { walk(argument, location: .argumentDefinition) }
        case .operation, .fragment:
            break
        }
        leave { $0.leaveTypeSystemDefinition(definition) }
    }

    private mutating func walkComposite(
        interfaces: [NamedType], directives: [Directive], site: DirectiveSite?, fields: [FieldDefinition]
    ) {
        for interface in interfaces { walk(interface, inTypeSystemDefinition: true) }
        if let site { walk(directives, site: site) }
        for field in fields {
            let fieldSite = DirectiveSite(location: .fieldDefinition)
            enter(directives: field.directives, site: fieldSite) { _ in .continue }
            for argument in field.arguments { walk(argument, location: .argumentDefinition) }
            walk(field.type, inTypeSystemDefinition: true)
            walk(field.directives, site: fieldSite)
            leave { _ in }
        }
    }

    private mutating func walk(_ inputValue: InputValueDefinition, location: DirectiveLocation) {
        let site = DirectiveSite(location: location)
        enter(directives: inputValue.directives, site: site) { _ in .continue }
        walk(inputValue.type, inTypeSystemDefinition: true)
        if let value = inputValue.defaultValue { walk(value) }
        walk(inputValue.directives, site: site)
        leave { _ in }
    }

    private mutating func walkEnumValue(_ value: EnumValueDefinition) {
        let site = DirectiveSite(location: .enumValue)
        enter(directives: value.directives, site: site) { _ in .continue }
        walk(value.directives, site: site)
        leave { _ in }
    }
}

extension OperationType {
    /// The directive location of an operation of this type (spec §3.13).
    var directiveLocation: DirectiveLocation {
        switch self {
        case .query: return .query
        case .mutation: return .mutation
        case .subscription: return .subscription
        }
    }
}
