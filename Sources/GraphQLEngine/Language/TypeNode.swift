/// A type reference as written in a document: `Name`, `[Type]`, `Type!` (spec §2.11).
///
/// The grammar forbids `Type!!`; the parser never builds `.nonNull` around `.nonNull`.
public enum TypeNode: Sendable, Hashable {
    case named(NamedType)
    indirect case list(ListType)
    indirect case nonNull(NonNullType)

    public var loc: Location? {
        switch self {
        case .named(let node): return node.loc
        case .list(let node): return node.loc
        case .nonNull(let node): return node.loc
        }
    }

    /// The innermost named type (`[Int!]!` → `Int`).
    public var namedType: NamedType {
        switch self {
        case .named(let node): return node
        case .list(let node): return node.type.namedType
        case .nonNull(let node): return node.type.namedType
        }
    }
}

/// A reference to a type by name.
public struct NamedType: Sendable, Hashable {
    public var name: Name
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, loc: Location? = nil) {
        self.name = name
        self.loc = loc
    }
}

/// `[Type]`.
public struct ListType: Sendable, Hashable {
    public var type: TypeNode
    @IgnoredInEquality public var loc: Location?

    public init(type: TypeNode, loc: Location? = nil) {
        self.type = type
        self.loc = loc
    }
}

/// `Type!`; `type` is `.named` or `.list`, never `.nonNull`.
public struct NonNullType: Sendable, Hashable {
    public var type: TypeNode
    @IgnoredInEquality public var loc: Location?

    public init(type: TypeNode, loc: Location? = nil) {
        self.type = type
        self.loc = loc
    }
}
