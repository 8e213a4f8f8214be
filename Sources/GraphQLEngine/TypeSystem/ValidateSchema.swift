/// Checks that a schema is internally valid (spec §3 "Type Validation" of each kind,
/// §3.3 root types, §3.13 directives) and returns every violation, worded as graphql-js's
/// `validateSchema` words them. Empty when the schema is valid.
///
/// `buildSchema` runs this unless told not to; the executor can rely on a built schema
/// being valid.
public func validateSchema(_ schema: GraphQLSchema) -> [GraphQLError] {
    var validator = SchemaValidator(schema: schema)
    validator.validateRootTypes()
    validator.validateDirectives()
    validator.validateDirectiveCycles()
    validator.validateTypes()
    return validator.errors
}

/// The state of one `validateSchema` run: the schema and the errors found so far.
struct SchemaValidator {
    let schema: GraphQLSchema
    var errors: [GraphQLError] = []

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    mutating func report(_ message: String, _ locations: Location?...) {
        errors.append(GraphQLError(message, locations: startLocations(locations, in: schema.source)))
    }

    mutating func report(_ message: String, locations: [Location?]) {
        errors.append(GraphQLError(message, locations: startLocations(locations, in: schema.source)))
    }

    // MARK: Root types (spec §3.3.1)

    mutating func validateRootTypes() {
        if schema.queryType == nil {
            report("Query root type must be provided.", schema.astNode?.loc)
        }
        var usedBy: [String: [OperationType]] = [:]
        var order: [String] = []
        for operation in OperationType.allCases {
            guard let root = schema.rootType(for: operation) else { continue }
            if usedBy[root.name] == nil { order.append(root.name) }
            usedBy[root.name, default: []].append(operation)
        }
        for name in order {
            guard let operations = usedBy[name], operations.count > 1 else { continue }
            let list = operations.map(\.rawValue)
            let joined = list.count == 2 ? "\(list[0]) and \(list[1])"
                : list.dropLast().joined(separator: ", ") + ", and " + list[list.count - 1]
            let locations = schema.astNode?.operationTypes.filter { $0.type.name.value == name }.map(\.type.loc) ?? []
            report("All root types must be different, \"\(name)\" type is used as \(joined) root types.",
                   locations: locations)
        }
    }

    // MARK: Names (spec §3 "Names": `__` is reserved for introspection)

    mutating func validateName(_ name: String, _ location: Location?) {
        if name.hasPrefix("__") {
            report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", location)
        }
    }

    // MARK: Directives (spec §3.13)

    mutating func validateDirectives() {
        for directive in schema.directives {
            validateName(directive.name, directive.astNode?.name.loc)
            if directive.locations.isEmpty {
                report("Directive @\(directive.name) must include 1 or more locations.", directive.astNode?.loc)
            }
            var seen: Set<String> = []
            for argument in directive.args {
                validateName(argument.name, argument.astNode?.name.loc)
                if !seen.insert(argument.name).inserted {
                    report("Argument @\(directive.name)(\(argument.name):) can only be defined once.", argument.astNode?.loc)
                }
                if !argument.type.isInputType {
                    report("The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           argument.astNode?.type.loc)
                }
                if argument.isRequired && argument.isDeprecated {
                    report("Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                           argument.astNode?.loc)
                }
            }
        }
    }

    // MARK: Types

    mutating func validateTypes() {
        var inputCycles = InputObjectCycleDetector()
        for type in schema.types {
            if !Introspection.isIntrospectionType(type.name) {
                validateName(type.name, type.nameLocation)
            }
            switch type {
            case .object(let object):
                validateFields(typeName: object.name, fields: object.fields, locations: [object.astNode?.loc])
                validateInterfaces(of: type, name: object.name, interfaces: object.interfaces,
                                   fields: object.fields, nodes: object.interfaceNodes)
            case .interface(let interface):
                validateFields(typeName: interface.name, fields: interface.fields, locations: [interface.astNode?.loc])
                validateInterfaces(of: type, name: interface.name, interfaces: interface.interfaces,
                                   fields: interface.fields, nodes: interface.interfaceNodes)
            case .union(let union):
                validateUnionMembers(union)
            case .enum(let enumType):
                validateEnumValues(enumType)
            case .inputObject(let inputObject):
                validateInputFields(inputObject)
                for message in inputCycles.check(inputObject) {
                    report(message.text, locations: message.locations)
                }
                validateDefaultValueCycles(inputObject)
            case .scalar:
                break
            }
        }
    }

    private mutating func validateFields(typeName: String, fields: GraphQLFieldMap, locations: [Location?]) {
        if fields.isEmpty {
            report("Type \(typeName) must define one or more fields.", locations: locations)
        }
        for field in fields {
            validateName(field.name, field.astNode?.name.loc)
            if !field.type.isOutputType {
                report("The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                       field.astNode?.type.loc)
            }
            for argument in field.args {
                validateName(argument.name, argument.astNode?.name.loc)
                if !argument.type.isInputType {
                    report("The type of \(typeName).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           argument.astNode?.type.loc)
                }
                if argument.isRequired && argument.isDeprecated {
                    report("Required argument \(typeName).\(field.name)(\(argument.name):) cannot be deprecated.",
                           argument.astNode?.loc)
                }
            }
        }
    }

    private mutating func validateUnionMembers(_ union: GraphQLUnionType) {
        if union.types.isEmpty {
            report("Union type \(union.name) must define one or more member types.", union.astNode?.loc)
        }
        var seen: Set<String> = []
        for member in union.types where !seen.insert(member.name).inserted {
            let nodes = ([union.astNode?.types ?? []] + union.extensionASTNodes.map(\.types)).flatMap { $0 }
            report("Union type \(union.name) can only include type \(member.name) once.",
                   locations: nodes.filter { $0.name.value == member.name }.map(\.loc))
        }
    }

    private mutating func validateEnumValues(_ enumType: GraphQLEnumType) {
        if enumType.values.isEmpty {
            report("Enum type \(enumType.name) must define one or more values.", enumType.astNode?.loc)
        }
        for value in enumType.values {
            validateName(value.name, value.astNode?.name.loc)
        }
    }

    private mutating func validateInputFields(_ inputObject: GraphQLInputObjectType) {
        if inputObject.fields.isEmpty {
            report("Input Object type \(inputObject.name) must define one or more fields.", inputObject.astNode?.loc)
        }
        for field in inputObject.fields {
            validateName(field.name, field.astNode?.name.loc)
            if !field.type.isInputType {
                report("The type of \(inputObject.name).\(field.name) must be Input Type but got: \(field.type).",
                       field.astNode?.type.loc)
            }
            if field.isRequired && field.isDeprecated {
                report("Required input field \(inputObject.name).\(field.name) cannot be deprecated.", field.astNode?.loc)
            }
            if inputObject.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(inputObject.name).\(field.name) must be nullable.", field.astNode?.type.loc)
                }
                if field.defaultValue != nil || field.defaultValueLiteral != nil {
                    report("OneOf input field \(inputObject.name).\(field.name) cannot have a default value.",
                           field.astNode?.defaultValue?.loc)
                }
            }
        }
    }
}

extension GraphQLNamedType {
    /// Where the type's name is written in SDL; `nil` for types built in code.
    var nameLocation: Location? {
        switch self {
        case .scalar(let type): return type.astNode?.name.loc
        case .object(let type): return type.astNode?.name.loc
        case .interface(let type): return type.astNode?.name.loc
        case .union(let type): return type.astNode?.name.loc
        case .enum(let type): return type.astNode?.name.loc
        case .inputObject(let type): return type.astNode?.name.loc
        }
    }
}

extension GraphQLObjectType {
    /// The `implements` entries of the definition and its extensions.
    var interfaceNodes: [NamedType] {
        (astNode?.interfaces ?? []) + extensionASTNodes.flatMap(\.interfaces)
    }
}

extension GraphQLInterfaceType {
    /// The `implements` entries of the definition and its extensions.
    var interfaceNodes: [NamedType] {
        (astNode?.interfaces ?? []) + extensionASTNodes.flatMap(\.interfaces)
    }
}
