/// Tracks, while a document is walked, the schema types at the current position: the
/// output type and parent composite type of selections, the field, directive and argument
/// being visited, and the expected input type (and location default) of literal values.
///
/// The validator enters a node here before its rules see it and leaves it after, so rules
/// read the position through `ValidationContext`. A class because one instance is shared
/// by the walker and the context for a run; it never leaves that run.
final class TypeInfo {
    let schema: GraphQLSchema
    private var typeStack: [GraphQLType?] = []
    private var parentTypeStack: [GraphQLNamedType?] = []
    private var inputTypeStack: [GraphQLType?] = []
    private var fieldDefStack: [GraphQLField?] = []
    /// The default value of each argument, list item or input field being visited (`nil`
    /// when that location has none).
    private var defaultValueStack: [Value?] = []
    private(set) var directive: GraphQLDirective?
    private(set) var argument: GraphQLArgument?

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// The output type of the field (or operation / fragment) being visited.
    var type: GraphQLType? { typeStack.last ?? nil }
    /// The composite type whose selection set is being visited.
    var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    /// The type expected for the value being visited.
    var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The type expected for the list or input object enclosing the value being visited.
    var parentInputType: GraphQLType? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    /// The definition of the field being visited; `nil` when unknown.
    var fieldDef: GraphQLField? { fieldDefStack.last ?? nil }
    /// The default value of the argument or input field whose value is being visited;
    /// `nil` when it has none (an explicit `null` default is `.null`).
    var defaultValue: Value? { defaultValueStack.last ?? nil }

    // MARK: Entering and leaving

    func enter(_ operation: OperationDefinition) {
        typeStack.append(schema.rootType(for: operation.operation).map { .object($0) })
    }

    func enter(_ fragment: FragmentDefinition) {
        typeStack.append(outputType(named: fragment.typeCondition))
    }

    func enter(_ fragment: InlineFragment) {
        if let condition = fragment.typeCondition {
            typeStack.append(outputType(named: condition))
        } else {
            typeStack.append(type.map { .named($0.namedType) })
        }
    }

    /// Leaves an operation, fragment definition or inline fragment.
    func leaveTypeScope() {
        typeStack.removeLast()
    }

    func enter(_ selectionSet: SelectionSet) {
        let named = type?.namedType
        parentTypeStack.append(named?.isCompositeType == true ? named : nil)
    }

    func leaveSelectionSet() {
        parentTypeStack.removeLast()
    }

    func enter(_ field: Field) {
        var definition: GraphQLField?
        if let parentType {
            definition = fieldDefinition(schema: schema, parentType: parentType, fieldName: field.name.value)
        }
        fieldDefStack.append(definition)
        typeStack.append(definition?.type)
    }

    func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    func enter(_ node: Directive) {
        directive = schema.directive(named: node.name.value)
    }

    func leaveDirective() {
        directive = nil
    }

    func enter(_ variable: VariableDefinition) {
        let type = schema.type(from: variable.type)
        inputTypeStack.append(type?.isInputType == true ? type : nil)
    }

    func leaveVariableDefinition() {
        inputTypeStack.removeLast()
    }

    func enter(_ argument: Argument) {
        var definition: GraphQLArgument?
        if let directive {
            definition = directive.argument(named: argument.name.value)
        } else if let fieldDef {
            definition = fieldDef.argument(named: argument.name.value)
        }
        self.argument = definition
        defaultValueStack.append(definition?.defaultValue)
        let type = definition?.type
        inputTypeStack.append(type?.isInputType == true ? type : nil)
    }

    func leaveArgument() {
        argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    func enter(_ value: ValueNode) {
        guard case .list = value else { return }
        let listType = inputType?.nullableType
        let itemType: GraphQLType?
        if case .list(let element) = listType { itemType = element } else { itemType = listType }
        defaultValueStack.append(nil)
        inputTypeStack.append(itemType?.isInputType == true ? itemType : nil)
    }

    func leave(_ value: ValueNode) {
        guard case .list = value else { return }
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    func enter(_ field: ObjectField) {
        var fieldType: GraphQLType?
        var defaultValue: Value?
        if case .inputObject(let objectType)? = inputType?.namedType,
           let definition = objectType.field(named: field.name.value) {
            fieldType = definition.type
            defaultValue = definition.defaultValue
        }
        defaultValueStack.append(defaultValue)
        inputTypeStack.append(fieldType?.isInputType == true ? fieldType : nil)
    }

    func leaveObjectField() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    // MARK: Helpers

    private func outputType(named node: NamedType) -> GraphQLType? {
        guard let named = schema.type(named: node.name.value), named.isOutputType else { return nil }
        return .named(named)
    }
}

/// The field `fieldName` of `parentType`, including the meta-fields: `__typename` on any
/// composite type, `__schema` and `__type` on the query root only (spec §4.1). `nil` when
/// the type has no such field.
func fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType, fieldName: String) -> GraphQLField? {
    schema.field(named: fieldName, on: parentType)
}
