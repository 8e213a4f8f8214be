/// What a visitor hook tells the walk to do next.
public enum VisitAction: Sendable, Hashable {
    /// Go on normally.
    case `continue`
    /// From `enter`: do not visit this node's children, and do not call `leave` for it.
    /// From `leave`: same as `.continue`.
    case skip
    /// Stop the whole walk now; no further hooks are called.
    case `break`
}

/// A visitor over the AST, driven by `walk(_:_:)`: one `enter` and one `leave` hook per node
/// kind, all defaulting to doing nothing, so a visitor implements only what it needs.
///
/// `walk` is generic over the visitor, so calls are statically dispatched (no existential
/// per node). Hooks are `mutating`: keep state in the visitor itself. A composite visitor
/// (for instance one that updates type information and then forwards to several rules)
/// is just a struct implementing every hook.
///
/// The walk visits children in source order (graphql-js's key order): e.g. a field's
/// arguments, then its directives, then its selection set; a definition's description
/// (as a `StringValue`) comes first. `Name` nodes are not visited — read them from their
/// parent. To match a hook, a conformer's method must have exactly the signature below
/// (`mutating func enter(_ node: Field) -> VisitAction`), otherwise the default is used.
public protocol ASTVisitor {
    mutating func enter(_ node: Document) -> VisitAction
    mutating func leave(_ node: Document) -> VisitAction
    mutating func enter(_ node: OperationDefinition) -> VisitAction
    mutating func leave(_ node: OperationDefinition) -> VisitAction
    mutating func enter(_ node: VariableDefinition) -> VisitAction
    mutating func leave(_ node: VariableDefinition) -> VisitAction
    mutating func enter(_ node: Variable) -> VisitAction
    mutating func leave(_ node: Variable) -> VisitAction
    mutating func enter(_ node: SelectionSet) -> VisitAction
    mutating func leave(_ node: SelectionSet) -> VisitAction
    mutating func enter(_ node: Field) -> VisitAction
    mutating func leave(_ node: Field) -> VisitAction
    mutating func enter(_ node: Argument) -> VisitAction
    mutating func leave(_ node: Argument) -> VisitAction
    mutating func enter(_ node: FragmentSpread) -> VisitAction
    mutating func leave(_ node: FragmentSpread) -> VisitAction
    mutating func enter(_ node: InlineFragment) -> VisitAction
    mutating func leave(_ node: InlineFragment) -> VisitAction
    mutating func enter(_ node: FragmentDefinition) -> VisitAction
    mutating func leave(_ node: FragmentDefinition) -> VisitAction
    mutating func enter(_ node: Directive) -> VisitAction
    mutating func leave(_ node: Directive) -> VisitAction
    mutating func enter(_ node: IntValue) -> VisitAction
    mutating func leave(_ node: IntValue) -> VisitAction
    mutating func enter(_ node: FloatValue) -> VisitAction
    mutating func leave(_ node: FloatValue) -> VisitAction
    mutating func enter(_ node: StringValue) -> VisitAction
    mutating func leave(_ node: StringValue) -> VisitAction
    mutating func enter(_ node: BooleanValue) -> VisitAction
    mutating func leave(_ node: BooleanValue) -> VisitAction
    mutating func enter(_ node: NullValue) -> VisitAction
    mutating func leave(_ node: NullValue) -> VisitAction
    mutating func enter(_ node: EnumValue) -> VisitAction
    mutating func leave(_ node: EnumValue) -> VisitAction
    mutating func enter(_ node: ListValue) -> VisitAction
    mutating func leave(_ node: ListValue) -> VisitAction
    mutating func enter(_ node: ObjectValueNode) -> VisitAction
    mutating func leave(_ node: ObjectValueNode) -> VisitAction
    mutating func enter(_ node: ObjectField) -> VisitAction
    mutating func leave(_ node: ObjectField) -> VisitAction
    mutating func enter(_ node: NamedType) -> VisitAction
    mutating func leave(_ node: NamedType) -> VisitAction
    mutating func enter(_ node: ListType) -> VisitAction
    mutating func leave(_ node: ListType) -> VisitAction
    mutating func enter(_ node: NonNullType) -> VisitAction
    mutating func leave(_ node: NonNullType) -> VisitAction
    mutating func enter(_ node: SchemaDefinition) -> VisitAction
    mutating func leave(_ node: SchemaDefinition) -> VisitAction
    mutating func enter(_ node: OperationTypeDefinition) -> VisitAction
    mutating func leave(_ node: OperationTypeDefinition) -> VisitAction
    mutating func enter(_ node: ScalarTypeDefinition) -> VisitAction
    mutating func leave(_ node: ScalarTypeDefinition) -> VisitAction
    mutating func enter(_ node: ObjectTypeDefinition) -> VisitAction
    mutating func leave(_ node: ObjectTypeDefinition) -> VisitAction
    mutating func enter(_ node: FieldDefinition) -> VisitAction
    mutating func leave(_ node: FieldDefinition) -> VisitAction
    mutating func enter(_ node: InputValueDefinition) -> VisitAction
    mutating func leave(_ node: InputValueDefinition) -> VisitAction
    mutating func enter(_ node: InterfaceTypeDefinition) -> VisitAction
    mutating func leave(_ node: InterfaceTypeDefinition) -> VisitAction
    mutating func enter(_ node: UnionTypeDefinition) -> VisitAction
    mutating func leave(_ node: UnionTypeDefinition) -> VisitAction
    mutating func enter(_ node: EnumTypeDefinition) -> VisitAction
    mutating func leave(_ node: EnumTypeDefinition) -> VisitAction
    mutating func enter(_ node: EnumValueDefinition) -> VisitAction
    mutating func leave(_ node: EnumValueDefinition) -> VisitAction
    mutating func enter(_ node: InputObjectTypeDefinition) -> VisitAction
    mutating func leave(_ node: InputObjectTypeDefinition) -> VisitAction
    mutating func enter(_ node: DirectiveDefinition) -> VisitAction
    mutating func leave(_ node: DirectiveDefinition) -> VisitAction
    mutating func enter(_ node: SchemaExtension) -> VisitAction
    mutating func leave(_ node: SchemaExtension) -> VisitAction
    mutating func enter(_ node: ScalarTypeExtension) -> VisitAction
    mutating func leave(_ node: ScalarTypeExtension) -> VisitAction
    mutating func enter(_ node: ObjectTypeExtension) -> VisitAction
    mutating func leave(_ node: ObjectTypeExtension) -> VisitAction
    mutating func enter(_ node: InterfaceTypeExtension) -> VisitAction
    mutating func leave(_ node: InterfaceTypeExtension) -> VisitAction
    mutating func enter(_ node: UnionTypeExtension) -> VisitAction
    mutating func leave(_ node: UnionTypeExtension) -> VisitAction
    mutating func enter(_ node: EnumTypeExtension) -> VisitAction
    mutating func leave(_ node: EnumTypeExtension) -> VisitAction
    mutating func enter(_ node: InputObjectTypeExtension) -> VisitAction
    mutating func leave(_ node: InputObjectTypeExtension) -> VisitAction
}

/// Default hooks: do nothing and continue.
extension ASTVisitor {
    @inlinable public mutating func enter(_ node: Document) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: Document) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: OperationDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: OperationDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: VariableDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: VariableDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: Variable) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: Variable) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: SelectionSet) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: SelectionSet) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: Field) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: Field) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: Argument) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: Argument) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: FragmentSpread) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: FragmentSpread) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InlineFragment) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InlineFragment) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: FragmentDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: FragmentDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: Directive) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: Directive) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: IntValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: IntValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: FloatValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: FloatValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: StringValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: StringValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: BooleanValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: BooleanValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: NullValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: NullValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: EnumValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: EnumValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ListValue) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ListValue) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ObjectValueNode) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ObjectValueNode) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ObjectField) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ObjectField) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: NamedType) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: NamedType) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ListType) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ListType) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: NonNullType) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: NonNullType) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: SchemaDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: SchemaDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: OperationTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: OperationTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ScalarTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ScalarTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ObjectTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ObjectTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: FieldDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: FieldDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InputValueDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InputValueDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InterfaceTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InterfaceTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: UnionTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: UnionTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: EnumTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: EnumTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: EnumValueDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: EnumValueDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InputObjectTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InputObjectTypeDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: DirectiveDefinition) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: DirectiveDefinition) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: SchemaExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: SchemaExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ScalarTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ScalarTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: ObjectTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: ObjectTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InterfaceTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InterfaceTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: UnionTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: UnionTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: EnumTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: EnumTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func enter(_ node: InputObjectTypeExtension) -> VisitAction { .continue }
    @inlinable public mutating func leave(_ node: InputObjectTypeExtension) -> VisitAction { .continue }
}
