// The abstract syntax tree of GraphQL documents (spec §2, grammar in Appendix C).
//
// Nodes are value types: structs, and enums where the grammar offers alternatives. Every
// node has `loc: Location?` — set by the parser, `nil` for nodes built in code. Equality
// and hashing are structural and ignore `loc` (see `IgnoredInEquality`), so a document
// that is printed and parsed again compares equal to the original.
//
// Executable nodes live in this file; type-system (SDL) nodes in AST+TypeSystem.swift.

/// A whole GraphQL document (spec §2.2): one or more definitions, in source order.
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]
    @IgnoredInEquality public var loc: Location?
    /// The text the document was parsed from; every `Location` in the tree is an offset
    /// into it. `nil` for documents built in code. Not part of equality.
    @IgnoredInEquality public var source: Source?

    public init(definitions: [Definition], loc: Location? = nil, source: Source? = nil) {
        self.definitions = definitions
        self.loc = loc
        self.source = source
    }
}

/// One top-level definition: executable (operation, fragment) or type system (definition
/// or extension). Spec §2.2 `Definition`.
///
/// Held indirectly (each definition boxed): inline, every element of a document's
/// definition array would take the size of the largest definition (~290 bytes), and a
/// handful of definitions would make one large allocation per parse.
public indirect enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case scalarType(ScalarTypeDefinition)
    case objectType(ObjectTypeDefinition)
    case interfaceType(InterfaceTypeDefinition)
    case unionType(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObjectType(InputObjectTypeDefinition)
    case directive(DirectiveDefinition)
    case schemaExtension(SchemaExtension)
    case scalarTypeExtension(ScalarTypeExtension)
    case objectTypeExtension(ObjectTypeExtension)
    case interfaceTypeExtension(InterfaceTypeExtension)
    case unionTypeExtension(UnionTypeExtension)
    case enumTypeExtension(EnumTypeExtension)
    case inputObjectTypeExtension(InputObjectTypeExtension)

    /// True for operations and fragments (spec §2.2 `ExecutableDefinition`); a document
    /// sent for execution must contain only these (validation rule §5.1.1).
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: return true
        default: return false
        }
    }

    public var loc: Location? {
        switch self {
        case .operation(let node): return node.loc
        case .fragment(let node): return node.loc
        case .schema(let node): return node.loc
        case .scalarType(let node): return node.loc
        case .objectType(let node): return node.loc
        case .interfaceType(let node): return node.loc
        case .unionType(let node): return node.loc
        case .enumType(let node): return node.loc
        case .inputObjectType(let node): return node.loc
        case .directive(let node): return node.loc
        case .schemaExtension(let node): return node.loc
        case .scalarTypeExtension(let node): return node.loc
        case .objectTypeExtension(let node): return node.loc
        case .interfaceTypeExtension(let node): return node.loc
        case .unionTypeExtension(let node): return node.loc
        case .enumTypeExtension(let node): return node.loc
        case .inputObjectTypeExtension(let node): return node.loc
        }
    }
}

/// A GraphQL name (spec §2.1.9): `/[_A-Za-z][_0-9A-Za-z]*/`.
public struct Name: Sendable, Hashable, ExpressibleByStringLiteral {
    public var value: String
    @IgnoredInEquality public var loc: Location?

    public init(_ value: String, loc: Location? = nil) {
        self.value = value
        self.loc = loc
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// The three kinds of operation (spec §2.3).
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// An operation (spec §2.3). The query shorthand `{ ... }` is parsed as an anonymous
/// `query` with no variables or directives.
public struct OperationDefinition: Sendable, Hashable {
    /// Documentation only (spec §2.2 "Descriptions"); `nil` when absent.
    public var description: StringValue?
    public var operation: OperationType
    /// `nil` for anonymous operations.
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        operation: OperationType,
        name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        loc: Location? = nil
    ) {
        self.description = description
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// `$name: Type = default @directives` (spec §2.10).
public struct VariableDefinition: Sendable, Hashable {
    /// Documentation only; `nil` when absent.
    public var description: StringValue?
    public var variable: Variable
    public var type: TypeNode
    /// `nil` when no default is given (distinct from an explicit `= null`).
    public var defaultValue: ValueNode?
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        variable: Variable,
        type: TypeNode,
        defaultValue: ValueNode? = nil,
        directives: [Directive] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// `$name` (spec §2.10).
public struct Variable: Sendable, Hashable {
    public var name: Name
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, loc: Location? = nil) {
        self.name = name
        self.loc = loc
    }
}

/// `{ selection+ }` (spec §2.4).
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    @IgnoredInEquality public var loc: Location?

    public init(selections: [Selection], loc: Location? = nil) {
        self.selections = selections
        self.loc = loc
    }
}

/// One entry of a selection set (spec §2.4).
///
/// Fragments are held indirectly (boxed), like a `Field`'s parts: every case is then one
/// reference and a `Selection` is 8 bytes instead of the ~80 of an inline fragment, so a
/// selection set's array is a tenth of the size. Fields outnumber fragments by far.
public enum Selection: Sendable, Hashable {
    case field(Field)
    indirect case fragmentSpread(FragmentSpread)
    indirect case inlineFragment(InlineFragment)

    public var loc: Location? {
        switch self {
        case .field(let node): return node.loc
        case .fragmentSpread(let node): return node.loc
        case .inlineFragment(let node): return node.loc
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): return node.directives
        case .fragmentSpread(let node): return node.directives
        case .inlineFragment(let node): return node.directives
        }
    }
}

/// `alias: name(arguments) @directives { selections }` (spec §2.5, §2.7).
///
/// A value type like every node, but its parts live in one immutable, shared box
/// (`FieldStorage`): fields are the most numerous node, and every copy of one — into a
/// `Selection`, into an execution plan, during a validation walk — is then a single
/// retain instead of copying ~130 bytes with half a dozen reference counts. The setters
/// replace the box (copy on write), so value semantics are unchanged. Equality and hashing
/// are structural and ignore `loc`, as for every node.
public struct Field: Sendable, Hashable {
    @usableFromInline
    var storage: FieldStorage

    /// `nil` when the field is not aliased.
    @inlinable
    public var alias: Name? {
        get { storage.aliasValue.map { Name($0, loc: storage.aliasLoc.location) } }
        set { storage = storage.replacing(alias: .some(newValue)) }
    }

    @inlinable
    public var name: Name {
        get { Name(storage.nameValue, loc: storage.nameLoc.location) }
        set { storage = storage.replacing(name: newValue) }
    }

    @inlinable
    public var arguments: [Argument] {
        get { storage.arguments }
        set { storage = storage.replacing(arguments: newValue) }
    }

    @inlinable
    public var directives: [Directive] {
        get { storage.directives }
        set { storage = storage.replacing(directives: newValue) }
    }

    /// `nil` for leaf fields (no braces in the source).
    @inlinable
    public var selectionSet: SelectionSet? {
        get { storage.selections.map { SelectionSet(selections: $0, loc: storage.selectionSetLoc.location) } }
        set { storage = storage.replacing(selectionSet: .some(newValue)) }
    }

    @inlinable
    public var loc: Location? {
        get { storage.loc.location }
        set { storage = storage.replacing(loc: .some(newValue)) }
    }

    public init(
        alias: Name? = nil,
        name: Name,
        arguments: [Argument] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet? = nil,
        loc: Location? = nil
    ) {
        storage = FieldStorage(
            alias: alias, name: name, arguments: arguments, directives: directives,
            selectionSet: selectionSet, loc: loc)
    }

    /// The key of this field in the response: the alias if present, else the name (§2.7).
    @inlinable
    public var responseKey: String { storage.aliasValue ?? storage.nameValue }

    public static func == (lhs: Field, rhs: Field) -> Bool {
        let left = lhs.storage
        let right = rhs.storage
        if left === right { return true }
        return left.aliasValue == right.aliasValue && left.nameValue == right.nameValue
            && left.arguments == right.arguments && left.directives == right.directives
            && left.selections == right.selections
    }

    public func hash(into hasher: inout Hasher) {
        // The same parts, in the same order, as a struct of `alias`, `name`, `arguments`,
        // `directives` and `selectionSet` hashes (locations contribute nothing).
        let storage = storage
        hasher.combine(alias)
        hasher.combine(name)
        hasher.combine(storage.arguments)
        hasher.combine(storage.directives)
        hasher.combine(selectionSet)
    }
}

/// The parts of a `Field`, immutable (hence `Sendable`) and shared by its copies.
///
/// Names and the selection set are kept as their parts (text, array, packed location)
/// rather than as `Name`/`SelectionSet` values: an optional location is 9 bytes, padded
/// to 16 inside each of them, and packed the box is 104 bytes instead of 125. That keeps
/// it within the allocator's smallest, cheapest size classes (glibc's fast bins end at
/// 120 bytes), where the parser's other frequent allocations (selection arrays) are too.
@usableFromInline
final class FieldStorage: Sendable {
    @usableFromInline let aliasValue: String?
    @usableFromInline let nameValue: String
    @usableFromInline let aliasLoc: PackedLocation
    @usableFromInline let nameLoc: PackedLocation
    @usableFromInline let loc: PackedLocation
    @usableFromInline let selectionSetLoc: PackedLocation
    @usableFromInline let arguments: [Argument]
    @usableFromInline let directives: [Directive]
    /// `nil` for leaf fields.
    @usableFromInline let selections: [Selection]?

    @usableFromInline
    init(
        alias: Name?, name: Name, arguments: [Argument], directives: [Directive],
        selectionSet: SelectionSet?, loc: Location?
    ) {
        self.aliasValue = alias?.value
        self.nameValue = name.value
        self.aliasLoc = PackedLocation(alias?.loc)
        self.nameLoc = PackedLocation(name.loc)
        self.loc = PackedLocation(loc)
        self.selectionSetLoc = PackedLocation(selectionSet?.loc)
        self.arguments = arguments
        self.directives = directives
        self.selections = selectionSet?.selections
    }

    /// A copy with the given parts changed (a doubly optional argument: `nil` keeps the
    /// part, `.some(nil)` clears it).
    @usableFromInline
    func replacing(
        alias: Name?? = nil, name: Name? = nil, arguments: [Argument]? = nil, directives: [Directive]? = nil,
        selectionSet: SelectionSet?? = nil, loc: Location?? = nil
    ) -> FieldStorage {
        FieldStorage(
            alias: alias ?? aliasValue.map { Name($0, loc: aliasLoc.location) },
            name: name ?? Name(nameValue, loc: nameLoc.location),
            arguments: arguments ?? self.arguments,
            directives: directives ?? self.directives,
            selectionSet: selectionSet ?? selections.map { SelectionSet(selections: $0, loc: selectionSetLoc.location) },
            loc: loc ?? self.loc.location)
    }
}

/// `name: value` in a field or directive (spec §2.6).
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: ValueNode
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, value: ValueNode, loc: Location? = nil) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

/// `...FragmentName @directives` (spec §2.8).
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, directives: [Directive] = [], loc: Location? = nil) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `... on Type @directives { selections }` (spec §2.8.2).
public struct InlineFragment: Sendable, Hashable {
    /// `nil` when the fragment has no `on Type` (it then applies to the enclosing type).
    public var typeCondition: NamedType?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    @IgnoredInEquality public var loc: Location?

    public init(
        typeCondition: NamedType? = nil,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        loc: Location? = nil
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// `fragment Name on Type @directives { selections }` (spec §2.8).
public struct FragmentDefinition: Sendable, Hashable {
    /// Documentation only; `nil` when absent.
    public var description: StringValue?
    public var name: Name
    public var typeCondition: NamedType
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        typeCondition: NamedType,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// `@name(arguments)` (spec §2.12).
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, arguments: [Argument] = [], loc: Location? = nil) {
        self.name = name
        self.arguments = arguments
        self.loc = loc
    }
}
