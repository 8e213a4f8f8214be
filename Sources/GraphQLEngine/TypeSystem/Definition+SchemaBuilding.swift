// Uniform access to the type definitions and extensions of an SDL document, for the
// schema builder.

extension Definition {
    /// The name a type definition defines; `nil` for other definitions.
    var definedName: String? {
        switch self {
        case .scalarType(let node): return node.name.value
        case .objectType(let node): return node.name.value
        case .interfaceType(let node): return node.name.value
        case .unionType(let node): return node.name.value
        case .enumType(let node): return node.name.value
        case .inputObjectType(let node): return node.name.value
        default: return nil
        }
    }

    /// The name a type extension extends; `nil` for other definitions.
    var extendedName: String? {
        switch self {
        case .scalarTypeExtension(let node): return node.name.value
        case .objectTypeExtension(let node): return node.name.value
        case .interfaceTypeExtension(let node): return node.name.value
        case .unionTypeExtension(let node): return node.name.value
        case .enumTypeExtension(let node): return node.name.value
        case .inputObjectTypeExtension(let node): return node.name.value
        default: return nil
        }
    }

    /// Where the defined or extended name is written, for error locations.
    var nameLoc: Location? {
        switch self {
        case .scalarType(let node): return node.name.loc
        case .objectType(let node): return node.name.loc
        case .interfaceType(let node): return node.name.loc
        case .unionType(let node): return node.name.loc
        case .enumType(let node): return node.name.loc
        case .inputObjectType(let node): return node.name.loc
        case .scalarTypeExtension(let node): return node.name.loc
        case .objectTypeExtension(let node): return node.name.loc
        case .interfaceTypeExtension(let node): return node.name.loc
        case .unionTypeExtension(let node): return node.name.loc
        case .enumTypeExtension(let node): return node.name.loc
        case .inputObjectTypeExtension(let node): return node.name.loc
        default: return loc
        }
    }

    /// The kind as graphql-js names it in extension errors ("object", "input object").
    var typeKindName: String? {
        switch self {
        case .scalarType, .scalarTypeExtension: return "scalar"
        case .objectType, .objectTypeExtension: return "object"
        case .interfaceType, .interfaceTypeExtension: return "interface"
        case .unionType, .unionTypeExtension: return "union"
        case .enumType, .enumTypeExtension: return "enum"
        case .inputObjectType, .inputObjectTypeExtension: return "input object"
        default: return nil
        }
    }

    /// The directives applied to this definition or extension.
    var appliedDirectives: [Directive] {
        switch self {
        case .schema(let node): return node.directives
        case .schemaExtension(let node): return node.directives
        case .scalarType(let node): return node.directives
        case .objectType(let node): return node.directives
        case .interfaceType(let node): return node.directives
        case .unionType(let node): return node.directives
        case .enumType(let node): return node.directives
        case .inputObjectType(let node): return node.directives
        case .scalarTypeExtension(let node): return node.directives
        case .objectTypeExtension(let node): return node.directives
        case .interfaceTypeExtension(let node): return node.directives
        case .unionTypeExtension(let node): return node.directives
        case .enumTypeExtension(let node): return node.directives
        case .inputObjectTypeExtension(let node): return node.directives
        case .operation, .fragment, .directive: return []
        }
    }

    /// Where directives on this definition sit (spec §3.13 `TypeSystemDirectiveLocation`).
    var directiveLocation: DirectiveLocation? {
        switch self {
        case .schema, .schemaExtension: return .schema
        case .scalarType, .scalarTypeExtension: return .scalar
        case .objectType, .objectTypeExtension: return .object
        case .interfaceType, .interfaceTypeExtension: return .interface
        case .unionType, .unionTypeExtension: return .union
        case .enumType, .enumTypeExtension: return .enum
        case .inputObjectType, .inputObjectTypeExtension: return .inputObject
        case .operation, .fragment, .directive: return nil
        }
    }
}
