/// Turns an SDL document into a `GraphQLSchema` in phases, because types refer to each
/// other cyclically: collect definitions and extensions by name, create every named type
/// (fields still empty), then fill in fields, interfaces, members and input fields, then
/// coerce default values, then build directives and pick the root types.
///
/// All writes to the type objects happen here, before the schema is returned: the
/// publication discipline the type classes' `@unchecked Sendable` relies on.
final class SchemaBuilder {
    let options: SchemaBuildOptions
    var errors: [GraphQLError] = []

    /// Type definitions in document order.
    var typeDefinitions: [Definition] = []
    var typeDefinitionByName: [String: Definition] = [:]
    var extensionsByName: [String: [Definition]] = [:]
    var schemaDefinition: SchemaDefinition?
    var schemaExtensions: [SchemaExtension] = []
    var directiveDefinitions: [DirectiveDefinition] = []

    /// The types defined by the document, by name.
    var definedTypes: [String: GraphQLNamedType] = [:]
    /// Input objects whose field defaults have been (or are being) coerced.
    var inputObjectsWithDefaults: Set<String> = []

    /// The text of the document being built; node locations are offsets into it.
    private(set) var source: Source?

    init(options: SchemaBuildOptions) {
        self.options = options
    }

    func report(_ message: String, _ locations: Location?...) {
        errors.append(GraphQLError(message, locations: startLocations(locations, in: source)))
    }

    func build(_ document: Document) -> GraphQLSchema {
        source = document.source
        collect(document)
        createTypes()
        fillInputObjects()
        coerceInputFieldDefaults()
        fillObjectsInterfacesUnions()
        inheritInterfaceResolvers()
        let directives = buildDirectives()
        checkAppliedDirectives(directives: directives)
        let roots = rootTypes()
        attachTypeResolution()
        checkOptionKeys()

        var allDirectives = directives
        for specified in GraphQLDirective.specifiedDirectives
        where !allDirectives.contains(where: { $0.name == specified.name }) {
            allDirectives.append(specified)
        }
        return GraphQLSchema(
            description: schemaDefinition?.description?.value,
            query: roots.query,
            mutation: roots.mutation,
            subscription: roots.subscription,
            types: typeDefinitions.compactMap { definedTypes[$0.definedName ?? ""] },
            directives: allDirectives,
            astNode: schemaDefinition,
            extensionASTNodes: schemaExtensions,
            source: source
        )
    }

    // MARK: - Collecting definitions

    private func collect(_ document: Document) {
        var directiveNames: Set<String> = []
        for definition in document.definitions {
            switch definition {
            case .operation(let operation):
                report("An operation is not allowed in a schema document.", operation.loc)
            case .fragment(let fragment):
                report("A fragment is not allowed in a schema document.", fragment.loc)
            case .schema(let schema):
                if schemaDefinition != nil {
                    report("Must provide only one schema definition.", schema.loc)
                } else {
                    schemaDefinition = schema
                }
            case .schemaExtension(let schemaExtension):
                schemaExtensions.append(schemaExtension)
            case .directive(let directive):
                if !directiveNames.insert(directive.name.value).inserted {
                    report("There can be only one directive named \"@\(directive.name.value)\".", directive.name.loc)
                } else {
                    directiveDefinitions.append(directive)
                }
            case .scalarType, .objectType, .interfaceType, .unionType, .enumType, .inputObjectType:
                guard let name = definition.definedName else { continue }
                if typeDefinitionByName[name] != nil {
                    report("There can be only one type named \"\(name)\".", definition.nameLoc)
                } else if GraphQLScalarType.specifiedNames.contains(name), definition.typeKindName != "scalar" {
                    report("Type \"\(name)\" is a built-in scalar and cannot be redefined as \(definition.typeKindName ?? "another kind").",
                           definition.nameLoc)
                } else if Introspection.isIntrospectionType(name) {
                    report("Type \"\(name)\" already exists in the schema. It cannot also be defined in this type definition.",
                           definition.nameLoc)
                } else {
                    typeDefinitionByName[name] = definition
                    typeDefinitions.append(definition)
                }
            case .scalarTypeExtension, .objectTypeExtension, .interfaceTypeExtension, .unionTypeExtension,
                 .enumTypeExtension, .inputObjectTypeExtension:
                guard let name = definition.extendedName else { continue }
                extensionsByName[name, default: []].append(definition)
            }
        }
        checkExtensionKinds()
    }

    /// Every extension must extend a defined type of the same kind (spec §3.4.3;
    /// graphql-js `PossibleTypeExtensionsRule` wording).
    private func checkExtensionKinds() {
        for (name, extensions) in extensionsByName {
            let definedKind = typeDefinitionByName[name]?.typeKindName
            var kept: [Definition] = []
            for extensionNode in extensions {
                guard let definedKind else {
                    let known = Array(typeDefinitionByName.keys)
                    report("Cannot extend type \"\(name)\" because it is not defined."
                        + didYouMean(suggestionList(name, known)), extensionNode.nameLoc)
                    continue
                }
                let extensionKind = extensionNode.typeKindName ?? ""
                if extensionKind != definedKind {
                    report("Cannot extend non-\(extensionKind) type \"\(name)\".", extensionNode.nameLoc)
                    continue
                }
                kept.append(extensionNode)
            }
            extensionsByName[name] = kept
        }
    }

    // MARK: - Named type lookup

    /// The type named `name`: defined by the document, a built-in scalar, or an
    /// introspection type; `nil` when there is no such type.
    func namedType(_ name: String) -> GraphQLNamedType? {
        if let type = definedTypes[name] { return type }
        switch name {
        case "Int": return .scalar(.int)
        case "Float": return .scalar(.float)
        case "String": return .scalar(.string)
        case "Boolean": return .scalar(.boolean)
        case "ID": return .scalar(.id)
        default: return Introspection.types.first { $0.name == name }
        }
    }

    /// The type a type reference denotes, reporting `Unknown type` when it names nothing.
    func resolve(_ node: TypeNode) -> GraphQLType? {
        switch node {
        case .named(let named):
            guard let type = namedType(named.name.value) else {
                reportUnknownType(named)
                return nil
            }
            return .named(type)
        case .list(let list):
            return resolve(list.type).map(GraphQLType.list)
        case .nonNull(let nonNull):
            return resolve(nonNull.type).map(GraphQLType.nonNull)
        }
    }

    func reportUnknownType(_ node: NamedType) {
        let known = Array(typeDefinitionByName.keys) + Array(GraphQLScalarType.specifiedNames)
        report("Unknown type \"\(node.name.value)\"." + didYouMean(suggestionList(node.name.value, known)), node.loc)
    }

    // MARK: - Root types

    private func rootTypes() -> (query: GraphQLObjectType?, mutation: GraphQLObjectType?, subscription: GraphQLObjectType?) {
        var operationTypes: [OperationTypeDefinition] = schemaDefinition?.operationTypes ?? []
        for schemaExtension in schemaExtensions { operationTypes += schemaExtension.operationTypes }
        var roots: [OperationType: GraphQLObjectType] = [:]
        var seen: Set<OperationType> = []
        for operationType in operationTypes {
            guard seen.insert(operationType.operation).inserted else {
                report("There can be only one \(operationType.operation.rawValue) type in schema.", operationType.loc)
                continue
            }
            guard let type = namedType(operationType.type.name.value) else {
                reportUnknownType(operationType.type)
                continue
            }
            guard case .object(let object) = type else {
                report("\(operationType.operation.rawValue.capitalizedFirst) root type must be Object type, it cannot be \(type.name).",
                       operationType.type.loc)
                continue
            }
            roots[operationType.operation] = object
        }
        if schemaDefinition == nil {
            // Without a schema definition the types of the default names are the roots
            // (spec §3.3.1); an `extend schema` may name roots the defaults do not cover.
            for (operation, name) in [(OperationType.query, "Query"), (.mutation, "Mutation"), (.subscription, "Subscription")]
            where roots[operation] == nil {
                if case .object(let object) = definedTypes[name] { roots[operation] = object }
            }
        }
        return (roots[.query], roots[.mutation], roots[.subscription])
    }

    // MARK: - Options

    /// A resolver given for an interface field (`"Node.id"`) serves every implementing
    /// object type's field of that name that has no resolver of its own; the executor
    /// only ever runs object types' fields.
    private func inheritInterfaceResolvers() {
        for definition in typeDefinitions {
            guard let name = definition.definedName, case .object(let object) = definedTypes[name],
                  !object.interfaces.isEmpty else { continue }
            var fields = object.fields
            for field in object.fields where field.resolve == nil {
                let inherited = object.interfaces.lazy.compactMap { self.options.resolvers["\($0.name).\(field.name)"] }.first
                if let inherited { fields.insert(field.withResolver(inherited)) }
            }
            object.fields = fields
        }
    }

    /// Attaches `resolveType` and `isTypeOf`, reporting keys that name no suitable type.
    private func attachTypeResolution() {
        for (name, resolver) in options.typeResolvers {
            switch definedTypes[name] {
            case .interface(let interface): interface.resolveType = resolver
            case .union(let union): union.resolveType = resolver
            default: report("Type resolver given for \"\(name)\", which is not an interface or union type of the schema.")
            }
        }
        for (name, isTypeOf) in options.isTypeOf {
            if case .object(let object) = definedTypes[name] {
                object.isTypeOf = isTypeOf
            } else {
                report("isTypeOf given for \"\(name)\", which is not an object type of the schema.")
            }
        }
    }

    private func checkOptionKeys() {
        for coordinate in options.resolvers.keys.sorted() {
            let parts = coordinate.split(separator: ".", maxSplits: 1).map(String.init)
            let found: Bool
            if parts.count == 2, let fields = definedTypes[parts[0]]?.fields {
                found = fields.contains(name: parts[1])
            } else {
                found = false
            }
            if !found {
                report("Resolver given for \"\(coordinate)\", which is not a field of an object or interface type of the schema.")
            }
        }
        for name in options.scalars.keys.sorted() {
            if GraphQLScalarType.specifiedNames.contains(name) {
                report("Coercion given for built-in scalar \"\(name)\", whose coercion is fixed by the specification.")
            } else if case .scalar = definedTypes[name] {
                continue
            } else {
                report("Coercion given for \"\(name)\", which is not a scalar type of the schema.")
            }
        }
    }
}

extension String {
    /// "query" → "Query".
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
