/// Any of the six kinds of named type a schema defines (spec §3.4 "Types"). The cases hold
/// the type objects themselves, so switching on a field's type never needs a schema lookup.
///
/// Equality and hashing go by name: names are unique within a schema (spec §3.3).
public enum GraphQLNamedType: Sendable, Hashable, CustomStringConvertible {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case `enum`(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): return type.name
        case .object(let type): return type.name
        case .interface(let type): return type.name
        case .union(let type): return type.name
        case .enum(let type): return type.name
        case .inputObject(let type): return type.name
        }
    }

    /// The type's description; `nil` when none was given.
    public var typeDescription: String? {
        switch self {
        case .scalar(let type): return type.description
        case .object(let type): return type.description
        case .interface(let type): return type.description
        case .union(let type): return type.description
        case .enum(let type): return type.description
        case .inputObject(let type): return type.description
        }
    }

    /// The introspection kind (`__TypeKind`) of this type.
    public var kind: TypeKind {
        switch self {
        case .scalar: return .scalar
        case .object: return .object
        case .interface: return .interface
        case .union: return .union
        case .enum: return .enum
        case .inputObject: return .inputObject
        }
    }

    /// Scalars, enums and input objects (spec §3.4.2).
    public var isInputType: Bool {
        switch self {
        case .scalar, .enum, .inputObject: return true
        case .object, .interface, .union: return false
        }
    }

    /// Everything but input objects (spec §3.4.2).
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    /// Scalars and enums: the leaves of a response tree (spec §3.4 "Types").
    public var isLeafType: Bool {
        switch self {
        case .scalar, .enum: return true
        default: return false
        }
    }

    /// Objects, interfaces and unions: the types a selection set can be made on.
    public var isCompositeType: Bool {
        switch self {
        case .object, .interface, .union: return true
        default: return false
        }
    }

    /// Interfaces and unions: types whose runtime object type must be resolved.
    public var isAbstractType: Bool {
        switch self {
        case .interface, .union: return true
        default: return false
        }
    }

    /// The fields of an object or interface type; `nil` for the other kinds, which have none.
    public var fields: GraphQLFieldMap? {
        switch self {
        case .object(let type): return type.fields
        case .interface(let type): return type.fields
        default: return nil
        }
    }

    public var description: String { name }

    public static func == (lhs: GraphQLNamedType, rhs: GraphQLNamedType) -> Bool {
        lhs.name == rhs.name
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}

/// The kinds of type introspection reports (spec §4.2 `__TypeKind`). Raw values are the
/// enum value names as they appear in introspection results.
public enum TypeKind: String, Sendable, Hashable, CaseIterable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case `enum` = "ENUM"
    case inputObject = "INPUT_OBJECT"
    case list = "LIST"
    case nonNull = "NON_NULL"
}
