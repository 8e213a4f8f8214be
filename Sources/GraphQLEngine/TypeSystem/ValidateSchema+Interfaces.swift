// Interface implementation rules (spec §3.6 IsValidImplementation, §3.7 "Interfaces
// Implementing Interfaces").

extension SchemaValidator {
    mutating func validateInterfaces(
        of type: GraphQLNamedType,
        name: String,
        interfaces: [GraphQLInterfaceType],
        fields: GraphQLFieldMap,
        nodes: [NamedType]
    ) {
        let declared = Set(interfaces.map(\.name))
        var seen: Set<String> = []
        for interface in interfaces {
            let locations = nodes.filter { $0.name.value == interface.name }.map(\.loc)
            if interface.name == name {
                report("Type \(name) cannot implement itself because it would create a circular reference.",
                       locations: locations)
                continue
            }
            guard seen.insert(interface.name).inserted else {
                report("Type \(name) can only implement \(interface.name) once.", locations: locations)
                continue
            }
            for transitive in interface.interfaces where !declared.contains(transitive.name) {
                if transitive.name == name {
                    report("Type \(name) cannot implement \(interface.name) because it would create a circular reference.",
                           locations: locations)
                } else {
                    report("Type \(name) must implement \(transitive.name) because it is implemented by \(interface.name).",
                           locations: locations)
                }
            }
            validateImplementation(typeName: name, fields: fields, interface: interface)
        }
    }

    private mutating func validateImplementation(typeName: String, fields: GraphQLFieldMap, interface: GraphQLInterfaceType) {
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            guard let field = fields[fieldName] else {
                report("Interface field \(interface.name).\(fieldName) expected but \(typeName) does not provide it.",
                       interfaceField.astNode?.loc)
                continue
            }
            if !isTypeSubTypeOf(schema, field.type, interfaceField.type) {
                report("Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(typeName).\(fieldName) is type \(field.type).",
                       interfaceField.astNode?.type.loc, field.astNode?.type.loc)
            }
            for interfaceArgument in interfaceField.args {
                let argumentName = interfaceArgument.name
                guard let argument = field.argument(named: argumentName) else {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(typeName).\(fieldName) does not provide it.",
                           interfaceArgument.astNode?.loc, field.astNode?.loc)
                    continue
                }
                if !isEqualType(argument.type, interfaceArgument.type) {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(interfaceArgument.type) but \(typeName).\(fieldName)(\(argumentName):) is type \(argument.type).",
                           interfaceArgument.astNode?.type.loc, argument.astNode?.type.loc)
                }
            }
            for argument in field.args where argument.isRequired && interfaceField.argument(named: argument.name) == nil {
                report("Object field \(typeName).\(fieldName) includes required argument \(argument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                       argument.astNode?.loc, interfaceField.astNode?.loc)
            }
            if field.isDeprecated && !interfaceField.isDeprecated {
                report("Interface field \(interface.name).\(fieldName) is not deprecated, so \(typeName).\(fieldName) cannot be deprecated.",
                       field.astNode?.loc, interfaceField.astNode?.loc)
            }
        }
    }
}
