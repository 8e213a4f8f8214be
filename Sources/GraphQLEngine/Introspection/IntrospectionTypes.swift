/// Builds the introspection types once (spec §4.2, Appendix D). The object types are
/// created first and their fields filled in afterwards, because they refer to each other
/// (`__Type.ofType: __Type`); all of it happens in this initializer, before the value is
/// published through `Introspection.shared`.
final class IntrospectionTypes: Sendable {
    let schema = GraphQLObjectType(
        name: "__Schema",
        description: "The capabilities of a GraphQL service: its types, its root operation types and its directives."
    )
    let type = GraphQLObjectType(
        name: "__Type",
        description: "A type of the schema, or a list or non-null wrapper around one (see `kind`). "
            + "Which fields are non-null depends on the kind."
    )
    let field = GraphQLObjectType(
        name: "__Field",
        description: "A field of an object or interface type, with its arguments and result type."
    )
    let inputValue = GraphQLObjectType(
        name: "__InputValue",
        description: "An argument of a field or directive, or a field of an input object, with its type and default."
    )
    let enumValue = GraphQLObjectType(
        name: "__EnumValue",
        description: "One of the possible values of an enum type."
    )
    let directive = GraphQLObjectType(
        name: "__Directive",
        description: "A directive the service supports: where it may appear and which arguments it takes."
    )
    let typeKind = GraphQLEnumType(
        name: "__TypeKind",
        description: "The kinds of type `__Type` can describe.",
        values: TypeKind.allCases.map { GraphQLEnumValue(name: $0.rawValue, description: typeKindDescription($0)) }
    )
    let directiveLocation = GraphQLEnumType(
        name: "__DirectiveLocation",
        description: "The places in documents and schemas where a directive may appear.",
        values: DirectiveLocation.allCases.map {
            GraphQLEnumValue(name: $0.rawValue, description: directiveLocationDescription($0))
        }
    )

    let schemaMetaField: GraphQLField
    let typeMetaField: GraphQLField
    let typeNameMetaField: GraphQLField

    init() {
        let string = GraphQLType.scalar(.string)
        let boolean = GraphQLType.scalar(.boolean)
        let typeRef = GraphQLType.object(type)
        let includeDeprecated = GraphQLArgument(
            name: "includeDeprecated",
            type: boolean,
            description: "Whether deprecated elements are included.",
            defaultValue: .bool(false),
            defaultValueLiteral: .boolean(BooleanValue(false))
        )

        schemaMetaField = GraphQLField(
            name: "__schema",
            type: .nonNull(.object(schema)),
            description: "The schema of this service, for introspection.",
            resolve: .sync { _, _, _, info in info.schema }
        )
        typeMetaField = GraphQLField(
            name: "__type",
            type: typeRef,
            description: "The type of the given name; null when the schema has none.",
            args: [GraphQLArgument(name: "name", type: .nonNull(string))],
            resolve: .sync { _, arguments, _, info in
                guard case .string(let name) = arguments["name"] else { return nil }
                return info.schema.type(named: name).map(GraphQLType.named)
            }
        )
        typeNameMetaField = GraphQLField(
            name: "__typename",
            type: .nonNull(string),
            description: "The name of the object type of this value.",
            resolve: .sync { _, _, _, info in info.parentType.name }
        )

        schema.fields = NamedMap(schemaFields(typeRef: typeRef, string: string))
        type.fields = NamedMap(typeFields(typeRef: typeRef, string: string, boolean: boolean, includeDeprecated: includeDeprecated))
        field.fields = NamedMap([
            GraphQLField(name: "name", type: .nonNull(string), resolve: fieldResolver(GraphQLField.self) { $0.name }),
            GraphQLField(name: "description", type: string, resolve: fieldResolver(GraphQLField.self) { $0.description }),
            GraphQLField(
                name: "args",
                type: .nonNull(.list(.nonNull(.object(inputValue)))),
                args: [includeDeprecated],
                resolve: fieldResolver(GraphQLField.self) { field, arguments in
                    visible(field.args, arguments)
                }
            ),
            GraphQLField(name: "type", type: .nonNull(typeRef), resolve: fieldResolver(GraphQLField.self) { $0.type }),
            GraphQLField(name: "isDeprecated", type: .nonNull(boolean), resolve: fieldResolver(GraphQLField.self) { $0.isDeprecated }),
            GraphQLField(name: "deprecationReason", type: string, resolve: fieldResolver(GraphQLField.self) { $0.deprecationReason }),
        ])
        inputValue.fields = NamedMap([
            GraphQLField(name: "name", type: .nonNull(string), resolve: fieldResolver(GraphQLInputValue.self) { $0.name }),
            GraphQLField(name: "description", type: string, resolve: fieldResolver(GraphQLInputValue.self) { $0.description }),
            GraphQLField(name: "type", type: .nonNull(typeRef), resolve: fieldResolver(GraphQLInputValue.self) { $0.type }),
            GraphQLField(
                name: "defaultValue",
                type: string,
                description: "The default value as a GraphQL literal; null when there is none.",
                resolve: fieldResolver(GraphQLInputValue.self) { value in
                    value.defaultValue.flatMap { printDefaultValue($0, type: value.type) }
                }
            ),
            GraphQLField(name: "isDeprecated", type: .nonNull(boolean), resolve: fieldResolver(GraphQLInputValue.self) { $0.isDeprecated }),
            GraphQLField(name: "deprecationReason", type: string, resolve: fieldResolver(GraphQLInputValue.self) { $0.deprecationReason }),
        ])
        enumValue.fields = NamedMap([
            GraphQLField(name: "name", type: .nonNull(string), resolve: fieldResolver(GraphQLEnumValue.self) { $0.name }),
            GraphQLField(name: "description", type: string, resolve: fieldResolver(GraphQLEnumValue.self) { $0.description }),
            GraphQLField(name: "isDeprecated", type: .nonNull(boolean), resolve: fieldResolver(GraphQLEnumValue.self) { $0.isDeprecated }),
            GraphQLField(name: "deprecationReason", type: string, resolve: fieldResolver(GraphQLEnumValue.self) { $0.deprecationReason }),
        ])
        directive.fields = NamedMap([
            GraphQLField(name: "name", type: .nonNull(string), resolve: fieldResolver(GraphQLDirective.self) { $0.name }),
            GraphQLField(name: "description", type: string, resolve: fieldResolver(GraphQLDirective.self) { $0.description }),
            GraphQLField(name: "isRepeatable", type: .nonNull(boolean), resolve: fieldResolver(GraphQLDirective.self) { $0.isRepeatable }),
            GraphQLField(
                name: "locations",
                type: .nonNull(.list(.nonNull(.enumeration(directiveLocation)))),
                resolve: fieldResolver(GraphQLDirective.self) { $0.locations.map(\.rawValue) }
            ),
            GraphQLField(
                name: "args",
                type: .nonNull(.list(.nonNull(.object(inputValue)))),
                args: [includeDeprecated],
                resolve: fieldResolver(GraphQLDirective.self) { directive, arguments in
                    visible(directive.args, arguments)
                }
            ),
        ])

    }

    private func schemaFields(typeRef: GraphQLType, string: GraphQLType) -> [GraphQLField] {
        [
            GraphQLField(name: "description", type: string, resolve: .sync { _, _, _, info in info.schema.description }),
            GraphQLField(
                name: "types",
                type: .nonNull(.list(.nonNull(typeRef))),
                description: "Every type of the schema.",
                resolve: .sync { _, _, _, info in info.schema.types.map(GraphQLType.named) }
            ),
            GraphQLField(
                name: "queryType",
                type: .nonNull(typeRef),
                description: "The type that query operations start at.",
                resolve: .sync { _, _, _, info in info.schema.queryType.map(GraphQLType.object) }
            ),
            GraphQLField(
                name: "mutationType",
                type: typeRef,
                description: "The type that mutation operations start at; null when mutations are not supported.",
                resolve: .sync { _, _, _, info in info.schema.mutationType.map(GraphQLType.object) }
            ),
            GraphQLField(
                name: "subscriptionType",
                type: typeRef,
                description: "The type that subscription operations start at; null when subscriptions are not supported.",
                resolve: .sync { _, _, _, info in info.schema.subscriptionType.map(GraphQLType.object) }
            ),
            GraphQLField(
                name: "directives",
                type: .nonNull(.list(.nonNull(.object(directive)))),
                description: "Every directive the schema supports.",
                resolve: .sync { _, _, _, info in info.schema.directives }
            ),
        ]
    }

    private func typeFields(
        typeRef: GraphQLType, string: GraphQLType, boolean: GraphQLType, includeDeprecated: GraphQLArgument
    ) -> [GraphQLField] {
        [
            GraphQLField(
                name: "kind", type: .nonNull(.enumeration(typeKind)),
                resolve: typeResolver { type, _, _ in type.introspectionKind.rawValue }
            ),
            GraphQLField(name: "name", type: string, resolve: typeResolver { type, _, _ in type.namedIfUnwrapped?.name }),
            GraphQLField(
                name: "description", type: string,
                resolve: typeResolver { type, _, _ in type.namedIfUnwrapped?.typeDescription }
            ),
            GraphQLField(
                name: "specifiedByURL", type: string,
                resolve: typeResolver { type, _, _ in
                    if case .named(.scalar(let scalar)) = type { return scalar.specifiedByURL }
                    return nil
                }
            ),
            GraphQLField(
                name: "fields", type: .list(.nonNull(.object(field))), args: [includeDeprecated],
                resolve: typeResolver { type, arguments, _ in
                    switch type {
                    case .named(.object(let object)): return visible(object.fields.elements, arguments)
                    case .named(.interface(let interface)): return visible(interface.fields.elements, arguments)
                    default: return nil
                    }
                }
            ),
            GraphQLField(
                name: "interfaces", type: .list(.nonNull(typeRef)),
                resolve: typeResolver { type, _, _ in
                    switch type {
                    case .named(.object(let object)): return object.interfaces.map { GraphQLType.named(.interface($0)) }
                    case .named(.interface(let interface)):
                        return interface.interfaces.map { GraphQLType.named(.interface($0)) }
                    default: return nil
                    }
                }
            ),
            GraphQLField(
                name: "possibleTypes", type: .list(.nonNull(typeRef)),
                resolve: typeResolver { type, _, info in
                    guard case .named(let named) = type, named.isAbstractType else { return nil }
                    return info.schema.possibleTypes(of: named).map(GraphQLType.object)
                }
            ),
            GraphQLField(
                name: "enumValues", type: .list(.nonNull(.object(enumValue))), args: [includeDeprecated],
                resolve: typeResolver { type, arguments, _ in
                    guard case .named(.enum(let enumType)) = type else { return nil }
                    return visible(enumType.values.elements, arguments)
                }
            ),
            GraphQLField(
                name: "inputFields", type: .list(.nonNull(.object(inputValue))), args: [includeDeprecated],
                resolve: typeResolver { type, arguments, _ in
                    guard case .named(.inputObject(let inputObject)) = type else { return nil }
                    return visible(inputObject.fields.elements, arguments)
                }
            ),
            GraphQLField(
                name: "ofType", type: typeRef,
                resolve: typeResolver { type, _, _ in
                    switch type {
                    case .list(let inner), .nonNull(let inner): return inner
                    case .named: return nil
                    }
                }
            ),
            GraphQLField(
                name: "isOneOf", type: boolean,
                resolve: typeResolver { type, _, _ in
                    guard case .named(.inputObject(let inputObject)) = type else { return nil }
                    return inputObject.isOneOf
                }
            ),
        ]
    }
}

/// Elements hidden when deprecated unless `includeDeprecated: true` was passed.
private protocol Deprecatable { var isDeprecated: Bool { get } }
extension GraphQLField: Deprecatable {}
extension GraphQLInputValue: Deprecatable {}
extension GraphQLEnumValue: Deprecatable {}

private func visible<Element: Deprecatable & Sendable>(_ elements: [Element], _ arguments: ObjectValue) -> [Element] {
    if case .bool(true) = arguments["includeDeprecated"] { return elements }
    return elements.filter { !$0.isDeprecated }
}

/// A sync resolver over a parent of known type; a parent of another type resolves to null.
private func fieldResolver<Source: Sendable>(
    _: Source.Type, _ body: @escaping @Sendable (Source) -> (any Sendable)?
) -> FieldResolver {
    .sync { source, _, _, _ in (source as? Source).flatMap(body) }
}

private func fieldResolver<Source: Sendable>(
    _: Source.Type, _ body: @escaping @Sendable (Source, ObjectValue) -> (any Sendable)?
) -> FieldResolver {
    .sync { source, arguments, _, _ in (source as? Source).flatMap { body($0, arguments) } }
}

/// A sync resolver for a `__Type` field; the parent is a `GraphQLType`.
private func typeResolver(
    _ body: @escaping @Sendable (GraphQLType, ObjectValue, ResolveInfo) -> (any Sendable)?
) -> FieldResolver {
    .sync { source, arguments, _, info in
        guard let type = source as? GraphQLType else { return nil }
        return body(type, arguments, info)
    }
}

extension GraphQLType {
    /// `__Type.kind`: the wrapper kind, or the named type's kind.
    var introspectionKind: TypeKind {
        switch self {
        case .named(let named): return named.kind
        case .list: return .list
        case .nonNull: return .nonNull
        }
    }

    /// The named type when this is not a wrapper; `nil` for lists and non-nulls.
    var namedIfUnwrapped: GraphQLNamedType? {
        if case .named(let named) = self { return named }
        return nil
    }
}

private func typeKindDescription(_ kind: TypeKind) -> String {
    switch kind {
    case .scalar: return "A scalar: a leaf value such as Int or String."
    case .object: return "An object type: has fields and implements interfaces."
    case .interface: return "An interface: has fields; object and interface types implement it."
    case .union: return "A union: one of a list of object types."
    case .enum: return "An enum: one of a list of names."
    case .inputObject: return "An input object: a structured input value with named fields."
    case .list: return "A list; `ofType` is the element type."
    case .nonNull: return "A non-null wrapper; `ofType` is the wrapped type."
    }
}

private func directiveLocationDescription(_ location: DirectiveLocation) -> String {
    switch location {
    case .query: return "On a query operation."
    case .mutation: return "On a mutation operation."
    case .subscription: return "On a subscription operation."
    case .field: return "On a field selection."
    case .fragmentDefinition: return "On a fragment definition."
    case .fragmentSpread: return "On a fragment spread."
    case .inlineFragment: return "On an inline fragment."
    case .variableDefinition: return "On a variable definition."
    case .schema: return "On a schema definition."
    case .scalar: return "On a scalar definition."
    case .object: return "On an object type definition."
    case .fieldDefinition: return "On a field definition."
    case .argumentDefinition: return "On an argument definition."
    case .interface: return "On an interface definition."
    case .union: return "On a union definition."
    case .enum: return "On an enum definition."
    case .enumValue: return "On an enum value definition."
    case .inputObject: return "On an input object type definition."
    case .inputFieldDefinition: return "On an input object field definition."
    }
}
