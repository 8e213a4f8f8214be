/// A validation rule: a small, immutable, `Sendable` description of one check (spec §5),
/// able to make a fresh checker for one run of `validate`.
///
/// Rules are values so that lists of them (`specifiedRules`, a server's extra protection
/// rules) can be shared between tasks; all per-run state lives in the checker, which is
/// made anew for every document validated.
public protocol ValidationRule: Sendable {
    /// A stable name for the rule, e.g. "NoUnusedFragmentsRule" (used in docs and tests).
    var name: String { get }
    /// Makes the checker that the shared traversal will call for one validation run.
    func makeChecker(context: ValidationContext) -> any ValidationRuleChecker
}

/// What a checker tells the shared traversal after entering a node.
public enum ValidationAction: Sendable, Hashable {
    /// Keep visiting this node's children.
    case `continue`
    /// Do not call this checker for the node's children (nor for the node's `leave`);
    /// other checkers are unaffected.
    case skip
    /// Do not call this checker again for the rest of the document.
    case `break`
}

/// Where a list of directives is attached: what `KnownDirectivesRule` and
/// `UniqueDirectivesPerLocationRule` need to know about the node being visited.
public struct DirectiveSite: Sendable, Hashable {
    /// The directive location of the node the directives are attached to (spec §3.13).
    public var location: DirectiveLocation
    /// For type-system definitions and extensions, the name of the type they define or
    /// extend (directives on a type and its extensions share one location); `nil` otherwise.
    public var typeName: String?
    /// True for `schema` definitions and extensions (they share one location too).
    public var isSchema: Bool

    public init(location: DirectiveLocation, typeName: String? = nil, isSchema: Bool = false) {
        self.location = location
        self.typeName = typeName
        self.isSchema = isSchema
    }
}

/// The per-run checker of a rule. The shared traversal (see `validate`) walks the document
/// once, keeps `ValidationContext`'s type information in step, and calls every checker's
/// hooks in rule order. Every hook has a default that does nothing, so a checker only
/// implements the hooks it needs.
///
/// Checkers are classes because they carry state across hooks; they never leave the run
/// that made them, so they need not be `Sendable`.
public protocol ValidationRuleChecker: AnyObject {
    func enterDocument(_ node: Document) -> ValidationAction
    func leaveDocument(_ node: Document)
    func enterOperation(_ node: OperationDefinition) -> ValidationAction
    func leaveOperation(_ node: OperationDefinition)
    func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction
    func leaveVariableDefinition(_ node: VariableDefinition)
    func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction
    func leaveFragmentDefinition(_ node: FragmentDefinition)
    func enterSelectionSet(_ node: SelectionSet) -> ValidationAction
    func leaveSelectionSet(_ node: SelectionSet)
    func enterField(_ node: Field) -> ValidationAction
    func leaveField(_ node: Field)
    func enterFragmentSpread(_ node: FragmentSpread) -> ValidationAction
    func leaveFragmentSpread(_ node: FragmentSpread)
    func enterInlineFragment(_ node: InlineFragment) -> ValidationAction
    func leaveInlineFragment(_ node: InlineFragment)
    func enterArgument(_ node: Argument) -> ValidationAction
    func leaveArgument(_ node: Argument)
    /// Called once per node that carries directives, before its directives are visited.
    func enterDirectives(_ directives: [Directive], at site: DirectiveSite)
    func enterDirective(_ node: Directive, at site: DirectiveSite) -> ValidationAction
    func leaveDirective(_ node: Directive, at site: DirectiveSite)
    /// Every literal value, including variables, list items and object field values.
    func enterValue(_ node: ValueNode) -> ValidationAction
    func leaveValue(_ node: ValueNode)
    func enterObjectField(_ node: ObjectField) -> ValidationAction
    func leaveObjectField(_ node: ObjectField)
    /// A named type reference; `inTypeSystemDefinition` is true inside SDL definitions
    /// and extensions (where the standard scalar names are always known).
    func enterNamedType(_ node: NamedType, inTypeSystemDefinition: Bool)
    /// A type-system definition or extension (not executable; visited for the rules that
    /// also apply to SDL such as directive and type-name checks).
    func enterTypeSystemDefinition(_ node: Definition) -> ValidationAction
    func leaveTypeSystemDefinition(_ node: Definition)
}

extension ValidationRuleChecker {
    public func enterDocument(_ node: Document) -> ValidationAction { .continue }
    public func leaveDocument(_ node: Document) {}
    public func enterOperation(_ node: OperationDefinition) -> ValidationAction { .continue }
    public func leaveOperation(_ node: OperationDefinition) {}
    public func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction { .continue }
    public func leaveVariableDefinition(_ node: VariableDefinition) {}
    public func enterFragmentDefinition(_ node: FragmentDefinition) -> ValidationAction { .continue }
    public func leaveFragmentDefinition(_ node: FragmentDefinition) {}
    public func enterSelectionSet(_ node: SelectionSet) -> ValidationAction { .continue }
    public func leaveSelectionSet(_ node: SelectionSet) {}
    public func enterField(_ node: Field) -> ValidationAction { .continue }
    public func leaveField(_ node: Field) {}
    public func enterFragmentSpread(_ node: FragmentSpread) -> ValidationAction { .continue }
    public func leaveFragmentSpread(_ node: FragmentSpread) {}
    public func enterInlineFragment(_ node: InlineFragment) -> ValidationAction { .continue }
    public func leaveInlineFragment(_ node: InlineFragment) {}
    public func enterArgument(_ node: Argument) -> ValidationAction { .continue }
    public func leaveArgument(_ node: Argument) {}
    public func enterDirectives(_ directives: [Directive], at site: DirectiveSite) {}
    public func enterDirective(_ node: Directive, at site: DirectiveSite) -> ValidationAction { .continue }
    public func leaveDirective(_ node: Directive, at site: DirectiveSite) {}
    public func enterValue(_ node: ValueNode) -> ValidationAction { .continue }
    public func leaveValue(_ node: ValueNode) {}
    public func enterObjectField(_ node: ObjectField) -> ValidationAction { .continue }
    public func leaveObjectField(_ node: ObjectField) {}
    public func enterNamedType(_ node: NamedType, inTypeSystemDefinition: Bool) {}
    public func enterTypeSystemDefinition(_ node: Definition) -> ValidationAction { .continue }
    public func leaveTypeSystemDefinition(_ node: Definition) {}
}
