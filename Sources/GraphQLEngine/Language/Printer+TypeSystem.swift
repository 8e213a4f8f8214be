// Printing of type-system (SDL) nodes, graphql-js layout.

extension ASTPrinter {
    static func schemaDefinition(_ node: SchemaDefinition) -> String {
        description(node.description)
            + join(["schema", directives(node.directives), block(node.operationTypes.map(operationType))], " ")
    }

    static func operationType(_ node: OperationTypeDefinition) -> String {
        node.operation.rawValue + ": " + node.type.name.value
    }

    static func scalarTypeDefinition(_ node: ScalarTypeDefinition) -> String {
        description(node.description) + join(["scalar", node.name.value, directives(node.directives)], " ")
    }

    static func objectTypeDefinition(_ node: ObjectTypeDefinition) -> String {
        description(node.description) + join([
            "type", node.name.value, implements(node.interfaces), directives(node.directives),
            block(node.fields.map(fieldDefinition)),
        ], " ")
    }

    static func interfaceTypeDefinition(_ node: InterfaceTypeDefinition) -> String {
        description(node.description) + join([
            "interface", node.name.value, implements(node.interfaces), directives(node.directives),
            block(node.fields.map(fieldDefinition)),
        ], " ")
    }

    static func fieldDefinition(_ node: FieldDefinition) -> String {
        description(node.description) + node.name.value + argumentDefinitions(node.arguments) + ": "
            + type(node.type) + wrap(" ", directives(node.directives))
    }

    static func inputValueDefinition(_ node: InputValueDefinition) -> String {
        description(node.description) + join([
            node.name.value + ": " + type(node.type),
            wrap("= ", node.defaultValue.map(value) ?? ""),
            directives(node.directives),
        ], " ")
    }

    static func unionTypeDefinition(_ node: UnionTypeDefinition) -> String {
        description(node.description) + join([
            "union", node.name.value, directives(node.directives),
            wrap("= ", node.types.map(\.name.value).joined(separator: " | ")),
        ], " ")
    }

    static func enumTypeDefinition(_ node: EnumTypeDefinition) -> String {
        description(node.description) + join([
            "enum", node.name.value, directives(node.directives), block(node.values.map(enumValueDefinition)),
        ], " ")
    }

    static func enumValueDefinition(_ node: EnumValueDefinition) -> String {
        description(node.description) + join([node.name.value, directives(node.directives)], " ")
    }

    static func inputObjectTypeDefinition(_ node: InputObjectTypeDefinition) -> String {
        description(node.description) + join([
            "input", node.name.value, directives(node.directives), block(node.fields.map(inputValueDefinition)),
        ], " ")
    }

    static func directiveDefinition(_ node: DirectiveDefinition) -> String {
        description(node.description) + "directive @" + node.name.value + argumentDefinitions(node.arguments)
            + (node.isRepeatable ? " repeatable" : "") + " on "
            + node.locations.map(\.value).joined(separator: " | ")
    }

    static func schemaExtension(_ node: SchemaExtension) -> String {
        join(["extend schema", directives(node.directives), block(node.operationTypes.map(operationType))], " ")
    }

    static func scalarTypeExtension(_ node: ScalarTypeExtension) -> String {
        join(["extend scalar", node.name.value, directives(node.directives)], " ")
    }

    static func objectTypeExtension(_ node: ObjectTypeExtension) -> String {
        join([
            "extend type", node.name.value, implements(node.interfaces), directives(node.directives),
            block(node.fields.map(fieldDefinition)),
        ], " ")
    }

    static func interfaceTypeExtension(_ node: InterfaceTypeExtension) -> String {
        join([
            "extend interface", node.name.value, implements(node.interfaces), directives(node.directives),
            block(node.fields.map(fieldDefinition)),
        ], " ")
    }

    static func unionTypeExtension(_ node: UnionTypeExtension) -> String {
        join([
            "extend union", node.name.value, directives(node.directives),
            wrap("= ", node.types.map(\.name.value).joined(separator: " | ")),
        ], " ")
    }

    static func enumTypeExtension(_ node: EnumTypeExtension) -> String {
        join([
            "extend enum", node.name.value, directives(node.directives), block(node.values.map(enumValueDefinition)),
        ], " ")
    }

    static func inputObjectTypeExtension(_ node: InputObjectTypeExtension) -> String {
        join([
            "extend input", node.name.value, directives(node.directives),
            block(node.fields.map(inputValueDefinition)),
        ], " ")
    }

    // MARK: - Helpers

    static func implements(_ interfaces: [NamedType]) -> String {
        wrap("implements ", interfaces.map(\.name.value).joined(separator: " & "))
    }

    /// `(a: Int, b: Int)`, or one per line when any of them spans lines (a description).
    static func argumentDefinitions(_ nodes: [InputValueDefinition]) -> String {
        if nodes.isEmpty { return "" }
        let printed = nodes.map(inputValueDefinition)
        if printed.contains(where: { $0.contains("\n") }) {
            return "(\n" + indent(printed.joined(separator: "\n")) + "\n)"
        }
        return "(" + printed.joined(separator: ", ") + ")"
    }
}
