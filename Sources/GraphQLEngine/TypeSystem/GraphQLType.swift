/// A type as it appears at a use site: a named type possibly wrapped in list and non-null
/// modifiers (spec §3.4.1 "Wrapping Types"). Fields, arguments, input fields and variables
/// all carry one of these; the named type at its core is reached through `namedType`.
///
/// Two `GraphQLType`s are equal when they have the same wrapping and name the same type
/// (names are unique within a schema), which is exactly `isEqualType`.
public indirect enum GraphQLType: Sendable, Hashable, CustomStringConvertible {
    case named(GraphQLNamedType)
    case list(GraphQLType)
    /// Never wraps another `.nonNull` (spec §3.13 "Non-Null"); the schema builder and the
    /// type parsers never produce one.
    case nonNull(GraphQLType)

    /// The named type with every list and non-null wrapper removed (graphql-js `getNamedType`).
    public var namedType: GraphQLNamedType {
        switch self {
        case .named(let named): return named
        case .list(let inner), .nonNull(let inner): return inner.namedType
        }
    }

    /// The type without its outermost non-null wrapper; `self` when already nullable.
    public var nullableType: GraphQLType {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// True for `[T]` and `[T]!`: a list once the non-null wrapper is removed.
    public var isList: Bool {
        if case .list = nullableType { return true }
        return false
    }

    /// The element type of a (possibly non-null) list; `nil` when this is not a list.
    public var listElementType: GraphQLType? {
        if case .list(let element) = nullableType { return element }
        return nil
    }

    /// Only scalars, enums and input objects, however wrapped, may be used as input
    /// (spec §3.4.2 "Input and Output Types").
    public var isInputType: Bool { namedType.isInputType }

    /// Only scalars, objects, interfaces, unions and enums, however wrapped, may be
    /// used as output (spec §3.4.2).
    public var isOutputType: Bool { namedType.isOutputType }

    /// The type as written in GraphQL, e.g. `[String!]!`.
    public var description: String {
        switch self {
        case .named(let named): return named.name
        case .list(let inner): return "[\(inner.description)]"
        case .nonNull(let inner): return "\(inner.description)!"
        }
    }
}

/// Convenience constructors so code building types reads like SDL.
extension GraphQLType {
    public static func scalar(_ type: GraphQLScalarType) -> GraphQLType { .named(.scalar(type)) }
    public static func object(_ type: GraphQLObjectType) -> GraphQLType { .named(.object(type)) }
    public static func enumeration(_ type: GraphQLEnumType) -> GraphQLType { .named(.enum(type)) }
}
