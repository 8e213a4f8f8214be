// Prints AST nodes back to GraphQL source in graphql-js's layout: two-space indentation,
// one selection or field per line, `{a: 1}` object values, block strings for block
// descriptions. The output parses back to an equal AST (equality ignores locations).

/// The GraphQL source text of a document.
public func printAST(_ node: Document) -> String { ASTPrinter.document(node) }
public func printAST(_ node: Definition) -> String { ASTPrinter.definition(node) }
public func printAST(_ node: OperationDefinition) -> String { ASTPrinter.operation(node) }
public func printAST(_ node: FragmentDefinition) -> String { ASTPrinter.fragmentDefinition(node) }
public func printAST(_ node: VariableDefinition) -> String { ASTPrinter.variableDefinition(node) }
public func printAST(_ node: SelectionSet) -> String { ASTPrinter.selectionSet(node) }
public func printAST(_ node: Selection) -> String { ASTPrinter.selection(node) }
public func printAST(_ node: Field) -> String { ASTPrinter.field(node) }
public func printAST(_ node: Argument) -> String { ASTPrinter.argument(node) }
public func printAST(_ node: Directive) -> String { ASTPrinter.directive(node) }
public func printAST(_ node: ValueNode) -> String { ASTPrinter.value(node) }
public func printAST(_ node: TypeNode) -> String { ASTPrinter.type(node) }
public func printAST(_ node: NamedType) -> String { node.name.value }
public func printAST(_ node: FieldDefinition) -> String { ASTPrinter.fieldDefinition(node) }
public func printAST(_ node: InputValueDefinition) -> String { ASTPrinter.inputValueDefinition(node) }
public func printAST(_ node: EnumValueDefinition) -> String { ASTPrinter.enumValueDefinition(node) }

/// The printing functions, one per node kind. Each returns the node's text; containers
/// join their parts, skipping empty ones (the `join`/`wrap`/`block` helpers below).
enum ASTPrinter {
    /// Argument lists longer than this are printed one argument per line.
    static let maxLineLength = 80

    static func document(_ node: Document) -> String {
        node.definitions.map(definition).joined(separator: "\n\n")
    }

    static func definition(_ node: Definition) -> String {
        switch node {
        case .operation(let node): return operation(node)
        case .fragment(let node): return fragmentDefinition(node)
        case .schema(let node): return schemaDefinition(node)
        case .scalarType(let node): return scalarTypeDefinition(node)
        case .objectType(let node): return objectTypeDefinition(node)
        case .interfaceType(let node): return interfaceTypeDefinition(node)
        case .unionType(let node): return unionTypeDefinition(node)
        case .enumType(let node): return enumTypeDefinition(node)
        case .inputObjectType(let node): return inputObjectTypeDefinition(node)
        case .directive(let node): return directiveDefinition(node)
        case .schemaExtension(let node): return schemaExtension(node)
        case .scalarTypeExtension(let node): return scalarTypeExtension(node)
        case .objectTypeExtension(let node): return objectTypeExtension(node)
        case .interfaceTypeExtension(let node): return interfaceTypeExtension(node)
        case .unionTypeExtension(let node): return unionTypeExtension(node)
        case .enumTypeExtension(let node): return enumTypeExtension(node)
        case .inputObjectTypeExtension(let node): return inputObjectTypeExtension(node)
        }
    }

    // MARK: - Executable definitions

    static func operation(_ node: OperationDefinition) -> String {
        let prefix = join([
            node.operation.rawValue,
            join([node.name?.value ?? "", variableDefinitions(node.variableDefinitions)]),
            directives(node.directives),
        ], " ")
        // An anonymous query without variables, directives or description prints as `{ ... }`.
        if prefix == "query" && node.description == nil {
            return selectionSet(node.selectionSet)
        }
        return description(node.description) + prefix + " " + selectionSet(node.selectionSet)
    }

    static func variableDefinitions(_ nodes: [VariableDefinition]) -> String {
        if nodes.isEmpty { return "" }
        let printed = nodes.map(variableDefinition)
        if nodes.contains(where: { $0.description != nil }) {
            return "(\n" + indent(printed.joined(separator: "\n")) + "\n)"
        }
        return "(" + printed.joined(separator: ", ") + ")"
    }

    static func variableDefinition(_ node: VariableDefinition) -> String {
        description(node.description) + "$" + node.variable.name.value + ": " + type(node.type)
            + wrap(" = ", node.defaultValue.map(value) ?? "") + wrap(" ", directives(node.directives))
    }

    static func fragmentDefinition(_ node: FragmentDefinition) -> String {
        description(node.description) + "fragment " + node.name.value + " on " + node.typeCondition.name.value
            + " " + wrap("", directives(node.directives), " ") + selectionSet(node.selectionSet)
    }

    static func selectionSet(_ node: SelectionSet) -> String {
        block(node.selections.map(selection))
    }

    static func selection(_ node: Selection) -> String {
        switch node {
        case .field(let node): return field(node)
        case .fragmentSpread(let node):
            return "..." + node.name.value + wrap(" ", directives(node.directives))
        case .inlineFragment(let node):
            return join([
                "...",
                wrap("on ", node.typeCondition?.name.value ?? ""),
                directives(node.directives),
                selectionSet(node.selectionSet),
            ], " ")
        }
    }

    static func field(_ node: Field) -> String {
        let prefix = wrap("", node.alias?.value ?? "", ": ") + node.name.value
        var head = prefix
        if !node.arguments.isEmpty {
            let printed = node.arguments.map(argument)
            head = prefix + "(" + printed.joined(separator: ", ") + ")"
            if head.utf8.count > maxLineLength {
                head = prefix + "(\n" + indent(printed.joined(separator: "\n")) + "\n)"
            }
        }
        return join([head, directives(node.directives), node.selectionSet.map(selectionSet) ?? ""], " ")
    }

    static func argument(_ node: Argument) -> String {
        node.name.value + ": " + value(node.value)
    }

    static func directives(_ nodes: [Directive]) -> String {
        nodes.map(directive).joined(separator: " ")
    }

    static func directive(_ node: Directive) -> String {
        "@" + node.name.value + wrap("(", node.arguments.map(argument).joined(separator: ", "), ")")
    }

    // MARK: - Values and types

    static func value(_ node: ValueNode) -> String {
        switch node {
        case .variable(let node): return "$" + node.name.value
        case .int(let node): return node.value
        case .float(let node): return node.value
        case .string(let node): return string(node)
        case .boolean(let node): return node.value ? "true" : "false"
        case .null: return "null"
        case .enumValue(let node): return node.value
        case .list(let node): return "[" + node.values.map(value).joined(separator: ", ") + "]"
        case .object(let node):
            return "{" + node.fields.map { $0.name.value + ": " + value($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func string(_ node: StringValue) -> String {
        node.block && isPrintableAsBlockString(node.value)
            ? printBlockString(node.value) : printStringLiteral(node.value)
    }

    static func type(_ node: TypeNode) -> String {
        switch node {
        case .named(let node): return node.name.value
        case .list(let node): return "[" + type(node.type) + "]"
        case .nonNull(let node): return type(node.type) + "!"
        }
    }

    // MARK: - Helpers

    /// A description followed by a line break, or "" when there is none.
    static func description(_ node: StringValue?) -> String {
        guard let node else { return "" }
        return string(node) + "\n"
    }

    /// The non-empty parts joined with `separator`.
    static func join(_ parts: [String], _ separator: String = "") -> String {
        var output = ""
        for part in parts where !part.isEmpty {
            if !output.isEmpty { output += separator }
            output += part
        }
        return output
    }

    /// `start + text + end`, or "" when `text` is empty.
    static func wrap(_ start: String, _ text: String, _ end: String = "") -> String {
        text.isEmpty ? "" : start + text + end
    }

    /// `{`, the lines indented, `}`; or "" for no lines.
    static func block(_ lines: [String]) -> String {
        lines.isEmpty ? "" : "{\n" + indent(lines.joined(separator: "\n")) + "\n}"
    }

    static func indent(_ text: String) -> String {
        var output = "  "
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            output.unicodeScalars.append(scalar)
            if scalar == "\n" { output += "  " }
        }
        return output
    }
}
