/// The schema as SDL, in graphql-js's `printSchema` layout so the output compares equal
/// with other tools: built-in scalars, built-in directives and introspection types are
/// left out; the `schema { ... }` block is printed only when a root type has a
/// non-default name or the schema has a description; descriptions are block strings;
/// `@deprecated` carries `reason:` only when it differs from the default. No trailing
/// newline.
public func printSchema(_ schema: GraphQLSchema) -> String {
    var parts: [String] = []
    if let definition = printSchemaDefinition(schema) { parts.append(definition) }
    for directive in schema.directives where !directive.isSpecified {
        parts.append(printDirective(directive))
    }
    for type in schema.types {
        if case .scalar(let scalar) = type, scalar.isSpecified { continue }
        if Introspection.isIntrospectionType(type.name) { continue }
        parts.append(printType(type))
    }
    return parts.joined(separator: "\n\n")
}

/// One named type as SDL (graphql-js `printType`).
public func printType(_ type: GraphQLNamedType) -> String {
    switch type {
    case .scalar(let scalar):
        var text = printDescription(scalar.description) + "scalar " + scalar.name
        if let url = scalar.specifiedByURL {
            text += " @specifiedBy(url: \(printStringLiteral(url)))"
        }
        return text
    case .object(let object):
        return printDescription(object.description) + "type " + object.name
            + printImplementedInterfaces(object.interfaces) + printFields(object.fields)
    case .interface(let interface):
        return printDescription(interface.description) + "interface " + interface.name
            + printImplementedInterfaces(interface.interfaces) + printFields(interface.fields)
    case .union(let union):
        let members = union.types.isEmpty ? "" : " = " + union.types.map(\.name).joined(separator: " | ")
        return printDescription(union.description) + "union " + union.name + members
    case .enum(let enumType):
        let values = enumType.values.enumerated().map { index, value in
            printDescription(value.description, indentation: "  ", firstInBlock: index == 0)
                + "  " + value.name + printDeprecated(value.deprecationReason)
        }
        return printDescription(enumType.description) + "enum " + enumType.name + printBlock(values)
    case .inputObject(let inputObject):
        let fields = inputObject.fields.enumerated().map { index, field in
            printDescription(field.description, indentation: "  ", firstInBlock: index == 0)
                + "  " + printInputValue(field)
        }
        return printDescription(inputObject.description) + "input " + inputObject.name
            + (inputObject.isOneOf ? " @oneOf" : "") + printBlock(fields)
    }
}

private func printSchemaDefinition(_ schema: GraphQLSchema) -> String? {
    if schema.description == nil && hasCommonRootNames(schema) { return nil }
    var operationTypes: [String] = []
    if let query = schema.queryType { operationTypes.append("  query: \(query.name)") }
    if let mutation = schema.mutationType { operationTypes.append("  mutation: \(mutation.name)") }
    if let subscription = schema.subscriptionType { operationTypes.append("  subscription: \(subscription.name)") }
    return printDescription(schema.description) + "schema {\n" + operationTypes.joined(separator: "\n") + "\n}"
}

/// True when every root type present has its default name (`Query`, `Mutation`,
/// `Subscription`), so the schema block can be left out (spec §3.3.1 "Default Root
/// Operation Type Names").
private func hasCommonRootNames(_ schema: GraphQLSchema) -> Bool {
    if let query = schema.queryType, query.name != "Query" { return false }
    if let mutation = schema.mutationType, mutation.name != "Mutation" { return false }
    if let subscription = schema.subscriptionType, subscription.name != "Subscription" { return false }
    return true
}

private func printDirective(_ directive: GraphQLDirective) -> String {
    printDescription(directive.description) + "directive @" + directive.name + printArguments(directive.args)
        + (directive.isRepeatable ? " repeatable" : "") + " on "
        + directive.locations.map(\.rawValue).joined(separator: " | ")
}

private func printImplementedInterfaces(_ interfaces: [GraphQLInterfaceType]) -> String {
    interfaces.isEmpty ? "" : " implements " + interfaces.map(\.name).joined(separator: " & ")
}

private func printFields(_ fields: GraphQLFieldMap) -> String {
    printBlock(fields.enumerated().map { index, field in
        printDescription(field.description, indentation: "  ", firstInBlock: index == 0)
            + "  " + field.name + printArguments(field.args, indentation: "  ") + ": " + field.type.description
            + printDeprecated(field.deprecationReason)
    })
}

private func printBlock(_ items: [String]) -> String {
    items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
}

/// Arguments on one line when none has a description, otherwise one per line.
private func printArguments(_ arguments: [GraphQLArgument], indentation: String = "") -> String {
    if arguments.isEmpty { return "" }
    if arguments.allSatisfy({ $0.description == nil }) {
        return "(" + arguments.map(printInputValue).joined(separator: ", ") + ")"
    }
    return "(\n" + arguments.enumerated().map { index, argument in
        printDescription(argument.description, indentation: "  " + indentation, firstInBlock: index == 0)
            + "  " + indentation + printInputValue(argument)
    }.joined(separator: "\n") + "\n" + indentation + ")"
}

private func printInputValue(_ value: GraphQLInputValue) -> String {
    var text = value.name + ": " + value.type.description
    if let defaultValue = value.defaultValue, let literal = printDefaultValue(defaultValue, type: value.type) {
        text += " = " + literal
    }
    return text + printDeprecated(value.deprecationReason)
}

private func printDeprecated(_ reason: String?) -> String {
    guard let reason else { return "" }
    if reason == GraphQLDirective.defaultDeprecationReason { return " @deprecated" }
    return " @deprecated(reason: \(printStringLiteral(reason)))"
}

/// A description as a block string (a plain string when a block string would alter it),
/// indented, followed by a newline; empty when there is no description.
private func printDescription(_ description: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
    guard let description else { return "" }
    let literal = isPrintableAsBlockString(description) ? printBlockString(description) : printStringLiteral(description)
    let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
    return prefix + literal.replacing("\n", with: "\n" + indentation) + "\n"
}
