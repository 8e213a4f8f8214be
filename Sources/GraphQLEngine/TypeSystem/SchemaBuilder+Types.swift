// The type-building phases of `SchemaBuilder`.

extension SchemaBuilder {
    /// Creates every defined named type. Scalars and enums are complete after this; the
    /// other kinds get their fields, interfaces and members in later phases.
    func createTypes() {
        for definition in typeDefinitions {
            guard let name = definition.definedName else { continue }
            let extensions = extensionsByName[name] ?? []
            switch definition {
            case .scalarType(let node):
                if let specified = GraphQLScalarType.specifiedScalars.first(where: { $0.name == name }) {
                    definedTypes[name] = .scalar(specified)
                    continue
                }
                let extensionNodes = extensions.compactMap { definition -> ScalarTypeExtension? in
                    if case .scalarTypeExtension(let node) = definition { return node }
                    return nil
                }
                let coercion = options.scalars[name]
                definedTypes[name] = .scalar(GraphQLScalarType(
                    name: name,
                    description: node.description?.value,
                    specifiedByURL: specifiedByURL(node.directives + extensionNodes.flatMap(\.directives)),
                    serialize: coercion?.serialize,
                    parseValue: coercion?.parseValue,
                    parseLiteral: coercion?.parseLiteral,
                    astNode: node,
                    extensionASTNodes: extensionNodes
                ))
            case .objectType(let node):
                definedTypes[name] = .object(GraphQLObjectType(
                    name: name,
                    description: node.description?.value,
                    astNode: node,
                    extensionASTNodes: extensions.compactMap {
                        if case .objectTypeExtension(let node) = $0 { return node }
                        return nil
                    }
                ))
            case .interfaceType(let node):
                definedTypes[name] = .interface(GraphQLInterfaceType(
                    name: name,
                    description: node.description?.value,
                    astNode: node,
                    extensionASTNodes: extensions.compactMap {
                        if case .interfaceTypeExtension(let node) = $0 { return node }
                        return nil
                    }
                ))
            case .unionType(let node):
                definedTypes[name] = .union(GraphQLUnionType(
                    name: name,
                    description: node.description?.value,
                    astNode: node,
                    extensionASTNodes: extensions.compactMap {
                        if case .unionTypeExtension(let node) = $0 { return node }
                        return nil
                    }
                ))
            case .enumType(let node):
                definedTypes[name] = .enum(buildEnum(node, extensions: extensions.compactMap {
                    if case .enumTypeExtension(let node) = $0 { return node }
                    return nil
                }))
            case .inputObjectType(let node):
                let extensionNodes = extensions.compactMap { definition -> InputObjectTypeExtension? in
                    if case .inputObjectTypeExtension(let node) = definition { return node }
                    return nil
                }
                for extensionNode in extensionNodes {
                    // Spec §3.10.2: a type cannot become OneOf after the fact.
                    for directive in extensionNode.directives where directive.name.value == "oneOf" {
                        report("The @oneOf directive must not be provided by an Input Object type extension (\"\(name)\").",
                               directive.loc)
                    }
                }
                definedTypes[name] = .inputObject(GraphQLInputObjectType(
                    name: name,
                    description: node.description?.value,
                    isOneOf: node.directives.contains { $0.name.value == "oneOf" },
                    astNode: node,
                    extensionASTNodes: extensionNodes
                ))
            default:
                continue
            }
        }
    }

    private func buildEnum(_ node: EnumTypeDefinition, extensions: [EnumTypeExtension]) -> GraphQLEnumType {
        var values: [GraphQLEnumValue] = []
        var seen: Set<String> = []
        for value in node.values + extensions.flatMap(\.values) {
            guard seen.insert(value.name.value).inserted else {
                report("Enum value \"\(node.name.value).\(value.name.value)\" can only be defined once.", value.name.loc)
                continue
            }
            values.append(GraphQLEnumValue(
                name: value.name.value,
                description: value.description?.value,
                deprecationReason: deprecationReason(value.directives),
                astNode: value
            ))
        }
        return GraphQLEnumType(
            name: node.name.value,
            description: node.description?.value,
            values: values,
            astNode: node,
            extensionASTNodes: extensions
        )
    }

    /// Gives input objects their fields, without defaults yet (defaults may refer to
    /// input objects whose fields are not known before this phase ends).
    func fillInputObjects() {
        for definition in typeDefinitions {
            guard case .inputObjectType(let node) = definition,
                  case .inputObject(let inputObject) = definedTypes[node.name.value] else { continue }
            let extensionFields = inputObject.extensionASTNodes.flatMap(\.fields)
            inputObject.fields = NamedMap(buildInputValues(
                node.fields + extensionFields,
                describe: { "Input field \"\(node.name.value).\($0)\"" },
                duplicate: { "Field \"\(node.name.value).\($0)\" can only be defined once." },
                coerceDefaults: false
            ))
        }
    }

    /// Coerces the input fields' default literals, each input object after the ones its
    /// defaults need (a nested default fills in fields missing from a literal).
    func coerceInputFieldDefaults() {
        for definition in typeDefinitions {
            if case .inputObjectType(let node) = definition,
               case .inputObject(let inputObject) = definedTypes[node.name.value] {
                completeInputDefaults(inputObject)
            }
        }
    }

    /// Coerces the default literals of `inputObject`'s fields, once.
    func completeInputDefaults(_ inputObject: GraphQLInputObjectType) {
        guard inputObjectsWithDefaults.insert(inputObject.name).inserted else { return }
        var fields = inputObject.fields
        for field in inputObject.fields {
            guard let literal = field.astNode?.defaultValue else { continue }
            fields.insert(GraphQLInputValue(
                name: field.name,
                type: field.type,
                description: field.description,
                defaultValue: coerceDefault(literal, type: field.type, what: "Input field \"\(inputObject.name).\(field.name)\""),
                defaultValueLiteral: literal,
                deprecationReason: field.deprecationReason,
                astNode: field.astNode
            ))
        }
        inputObject.fields = fields
    }

    /// Gives objects and interfaces their fields and interfaces, and unions their members.
    func fillObjectsInterfacesUnions() {
        for definition in typeDefinitions {
            guard let name = definition.definedName else { continue }
            switch (definition, definedTypes[name]) {
            case (.objectType(let node), .object(let object)?):
                let extensions = object.extensionASTNodes
                object.fields = buildFields(typeName: name, node.fields + extensions.flatMap(\.fields))
                object.interfaces = resolveInterfaces(typeName: name, node.interfaces + extensions.flatMap(\.interfaces))
            case (.interfaceType(let node), .interface(let interface)?):
                let extensions = interface.extensionASTNodes
                interface.fields = buildFields(typeName: name, node.fields + extensions.flatMap(\.fields))
                interface.interfaces = resolveInterfaces(
                    typeName: name, node.interfaces + extensions.flatMap(\.interfaces))
            case (.unionType(let node), .union(let union)?):
                var members: [GraphQLObjectType] = []
                for member in node.types + union.extensionASTNodes.flatMap(\.types) {
                    guard let type = namedType(member.name.value) else {
                        reportUnknownType(member)
                        continue
                    }
                    guard case .object(let object) = type else {
                        report("Union type \(name) can only include Object types, it cannot include \(type.name).", member.loc)
                        continue
                    }
                    members.append(object)
                }
                union.types = members
            default:
                continue
            }
        }
    }

    private func resolveInterfaces(typeName: String, _ nodes: [NamedType]) -> [GraphQLInterfaceType] {
        var interfaces: [GraphQLInterfaceType] = []
        for node in nodes {
            guard let type = namedType(node.name.value) else {
                reportUnknownType(node)
                continue
            }
            guard case .interface(let interface) = type else {
                report("Type \(typeName) must only implement Interface types, it cannot implement \(type.name).", node.loc)
                continue
            }
            interfaces.append(interface)
        }
        return interfaces
    }

    private func buildFields(typeName: String, _ nodes: [FieldDefinition]) -> GraphQLFieldMap {
        var fields = GraphQLFieldMap()
        for node in nodes {
            let name = node.name.value
            guard !fields.contains(name: name) else {
                report("Field \"\(typeName).\(name)\" can only be defined once.", node.name.loc)
                continue
            }
            guard let type = resolve(node.type) else { continue }
            fields.insert(GraphQLField(
                name: name,
                type: type,
                description: node.description?.value,
                args: buildInputValues(
                    node.arguments,
                    describe: { "Argument \"\(typeName).\(name)(\($0):)\"" },
                    duplicate: { "Argument \"\(typeName).\(name)(\($0):)\" can only be defined once." },
                    coerceDefaults: true
                ),
                deprecationReason: deprecationReason(node.directives),
                resolve: options.resolvers["\(typeName).\(name)"],
                astNode: node
            ))
        }
        return fields
    }

    /// Arguments or input fields. `describe` names one for messages (`Argument "T.f(a:)"`); defaults are
    /// coerced only when every input object is complete.
    func buildInputValues(
        _ nodes: [InputValueDefinition],
        describe: (String) -> String,
        duplicate: (String) -> String,
        coerceDefaults: Bool
    ) -> [GraphQLInputValue] {
        var values: [GraphQLInputValue] = []
        var seen: Set<String> = []
        for node in nodes {
            let name = node.name.value
            guard seen.insert(name).inserted else {
                report(duplicate(name), node.name.loc)
                continue
            }
            guard let type = resolve(node.type) else { continue }
            var defaultValue: Value? = nil
            if coerceDefaults, let literal = node.defaultValue {
                defaultValue = coerceDefault(
                    literal, type: type,
                    what: describe(name)
                )
            }
            values.append(GraphQLInputValue(
                name: name,
                type: type,
                description: node.description?.value,
                defaultValue: defaultValue,
                defaultValueLiteral: node.defaultValue,
                deprecationReason: deprecationReason(node.directives),
                astNode: node
            ))
        }
        return values
    }

    /// The directive definitions of the document, arguments complete.
    func buildDirectives() -> [GraphQLDirective] {
        directiveDefinitions.map { node in
            GraphQLDirective(
                name: node.name.value,
                description: node.description?.value,
                locations: node.directiveLocations,
                args: buildInputValues(
                    node.arguments,
                    describe: { "Argument \"@\(node.name.value)(\($0):)\"" },
                    duplicate: { "Argument \"@\(node.name.value)(\($0):)\" can only be defined once." },
                    coerceDefaults: true
                ),
                isRepeatable: node.isRepeatable,
                astNode: node
            )
        }
    }
}
