/// A complete, immutable schema (spec §3.3): root operation types, every named type by
/// name, the directives, and the precomputed abstract-type relations the validator and
/// the executor ask about on hot paths (all O(1) lookups).
///
/// Built by `buildSchema`; immutable afterwards, and the types it holds are no longer
/// written once it exists, hence `Sendable`.
public final class GraphQLSchema: Sendable {
    /// `nil` when there is none.
    public let description: String?
    /// The query root type; `nil` only in a schema that `validateSchema` rejects.
    public let queryType: GraphQLObjectType?
    /// `nil` when the schema supports no mutations.
    public let mutationType: GraphQLObjectType?
    /// `nil` when the schema supports no subscriptions.
    public let subscriptionType: GraphQLObjectType?
    /// Every named type, including referenced built-in scalars and the introspection types,
    /// in a stable order: definition order, each followed by the types it first refers to.
    public let types: [GraphQLNamedType]
    /// The directives, the built-in ones included.
    public let directives: [GraphQLDirective]
    /// `nil` when the schema was not built from SDL or had no schema definition.
    public let astNode: SchemaDefinition?
    public let extensionASTNodes: [SchemaExtension]
    /// The SDL text the schema was built from: the locations of every AST node the schema
    /// and its types hold are offsets into it. `nil` when not built from SDL.
    public let source: Source?

    /// Positions in `types` by name (`NameIndex`: the validator looks types up by name for
    /// every fragment, variable and input value).
    private let typeIndex: NameIndex
    private let directiveMap: [String: GraphQLDirective]
    private let implementationMap: [String: Implementations]
    /// For each abstract type, the names of its possible object types (and, for
    /// interfaces, the interfaces implementing it).
    private let subTypeMap: [String: Set<String>]

    /// The types implementing an interface, split by kind (graphql-js `getImplementations`).
    public struct Implementations: Sendable {
        public var objects: [GraphQLObjectType] = []
        public var interfaces: [GraphQLInterfaceType] = []
    }

    /// Assembles a schema from its parts. `types` need not be complete: every type reachable
    /// from the roots, the given types and the directives' arguments is collected, and the
    /// introspection types are added. Types of the same name must be the same object.
    init(
        description: String? = nil,
        query: GraphQLObjectType?,
        mutation: GraphQLObjectType? = nil,
        subscription: GraphQLObjectType? = nil,
        types: [GraphQLNamedType] = [],
        directives: [GraphQLDirective] = GraphQLDirective.specifiedDirectives,
        astNode: SchemaDefinition? = nil,
        extensionASTNodes: [SchemaExtension] = [],
        source: Source? = nil
    ) {
        self.description = description
        self.queryType = query
        self.mutationType = mutation
        self.subscriptionType = subscription
        self.directives = directives
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
        self.source = source

        var collector = TypeCollector(given: types)
        for type in types { collector.collect(type, given: true) }
        for root in [query, mutation, subscription] {
            if let root { collector.collect(.object(root)) }
        }
        for directive in directives {
            for argument in directive.args { collector.collect(argument.type.namedType) }
        }
        collector.collect(.object(Introspection.schemaType))
        self.types = collector.ordered
        var typeIndex = NameIndex()
        for type in collector.ordered { typeIndex.append(type.name) }
        self.typeIndex = typeIndex

        var directiveMap: [String: GraphQLDirective] = [:]
        for directive in directives where directiveMap[directive.name] == nil {
            directiveMap[directive.name] = directive
        }
        self.directiveMap = directiveMap

        var implementations: [String: Implementations] = [:]
        var subTypes: [String: Set<String>] = [:]
        for type in collector.ordered {
            switch type {
            case .object(let object):
                for interface in object.interfaces {
                    implementations[interface.name, default: Implementations()].objects.append(object)
                    subTypes[interface.name, default: []].insert(object.name)
                }
            case .interface(let interface):
                for parent in interface.interfaces {
                    implementations[parent.name, default: Implementations()].interfaces.append(interface)
                    subTypes[parent.name, default: []].insert(interface.name)
                }
            case .union(let union):
                subTypes[union.name, default: []].formUnion(union.types.map(\.name))
            default:
                break
            }
        }
        self.implementationMap = implementations
        self.subTypeMap = subTypes
    }

    /// The named type called `name`; `nil` when the schema has none.
    public func type(named name: String) -> GraphQLNamedType? {
        typeIndex.position(of: name).map { types[$0] }
    }

    /// The directive called `name` (without `@`); `nil` when the schema has none.
    public func directive(named name: String) -> GraphQLDirective? { directiveMap[name] }

    /// The root type for an operation kind; `nil` when the schema does not support it.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        switch operation {
        case .query: return queryType
        case .mutation: return mutationType
        case .subscription: return subscriptionType
        }
    }

    /// The object types a value of an abstract type may have at runtime (spec §3.7, §3.8):
    /// a union's members, or the object types implementing an interface (directly or
    /// through an interface). Empty for other kinds.
    public func possibleTypes(of abstractType: GraphQLNamedType) -> [GraphQLObjectType] {
        switch abstractType {
        case .union(let union): return union.types
        case .interface(let interface): return implementationMap[interface.name]?.objects ?? []
        default: return []
        }
    }

    /// The object and interface types declaring that they implement `interface`.
    public func implementations(of interface: GraphQLInterfaceType) -> Implementations {
        implementationMap[interface.name] ?? Implementations()
    }

    /// True when `maybeSubType` is a possible type of the union, or an object or interface
    /// type implementing the interface `abstractType` (graphql-js `isSubType`).
    public func isSubType(abstract abstractType: GraphQLNamedType, maybeSub maybeSubType: GraphQLNamedType) -> Bool {
        subTypeMap[abstractType.name]?.contains(maybeSubType.name) ?? false
    }

    /// True when `objectType` is one of the possible types of `abstractType`.
    public func isPossibleType(_ objectType: GraphQLObjectType, of abstractType: GraphQLNamedType) -> Bool {
        isSubType(abstract: abstractType, maybeSub: .object(objectType))
    }

    /// The field `name` as selected on `parentType`, including the meta-fields (spec §4.2):
    /// `__typename` on every object, interface and union; `__schema` and `__type` on the
    /// query root type. `nil` when the type has no such field (or has no fields at all).
    public func field(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" {
                return parentType.isCompositeType ? Introspection.typeNameMetaField : nil
            }
            if name == "__schema" || name == "__type", case .object(let object) = parentType,
               let queryType, object === queryType {
                return name == "__schema" ? Introspection.schemaMetaField : Introspection.typeMetaField
            }
        }
        return parentType.fields?[name]
    }

    /// The field `name` on an object type, meta-fields included (see `field(named:on:)`).
    public func field(named name: String, on objectType: GraphQLObjectType) -> GraphQLField? {
        // Ordinary names straight from the object's map (the executor's hot path).
        if name.utf8.first != UInt8(ascii: "_") { return objectType.fields[name] }
        return field(named: name, on: .object(objectType))
    }

    /// The schema type a type reference in a document denotes (graphql-js `typeFromAST`);
    /// `nil` when it names an unknown type.
    public func type(from node: TypeNode) -> GraphQLType? {
        switch node {
        case .named(let named):
            return type(named: named.name.value).map(GraphQLType.named)
        case .list(let list):
            return type(from: list.type).map(GraphQLType.list)
        case .nonNull(let nonNull):
            return type(from: nonNull.type).map(GraphQLType.nonNull)
        }
    }
}

/// Collects the named types reachable from a starting set, in graphql-js's order: each
/// given type at its place, followed by the not-given types it first refers to.
private struct TypeCollector {
    var ordered: [GraphQLNamedType] = []
    var byName: [String: GraphQLNamedType] = [:]
    private var given: Set<String>

    init(given types: [GraphQLNamedType]) {
        given = Set(types.map(\.name))
    }

    mutating func collect(_ type: GraphQLNamedType, given isGiven: Bool = false) {
        if byName[type.name] != nil { return }
        if !isGiven && given.contains(type.name) { return }
        ordered.append(type)
        byName[type.name] = type
        switch type {
        case .object(let object):
            for interface in object.interfaces { collect(.interface(interface)) }
            collectFields(object.fields)
        case .interface(let interface):
            for parent in interface.interfaces { collect(.interface(parent)) }
            collectFields(interface.fields)
        case .union(let union):
            for member in union.types { collect(.object(member)) }
        case .inputObject(let input):
            for field in input.fields { collect(field.type.namedType) }
        case .scalar, .enum:
            break
        }
    }

    private mutating func collectFields(_ fields: GraphQLFieldMap) {
        for field in fields {
            collect(field.type.namedType)
            for argument in field.args { collect(argument.type.namedType) }
        }
    }
}
