// Traversal of type-system (SDL) nodes; see ASTWalker.swift.

extension ASTWalker {
    @inlinable mutating func description(_ node: StringValue?) -> Bool {
        guard let node else { return true }
        return string(node)
    }

    @inlinable mutating func schemaDefinition(_ node: SchemaDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) { return false }
        for child in node.operationTypes where !operationType(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func operationType(_ node: OperationTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !namedType(node.type) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func scalarTypeDefinition(_ node: ScalarTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func objectTypeDefinition(_ node: ObjectTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !namedTypes(node.interfaces) || !directives(node.directives) {
            return false
        }
        for child in node.fields where !fieldDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func fieldDefinition(_ node: FieldDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) { return false }
        for child in node.arguments where !inputValueDefinition(child) { return false }
        if !type(node.type) || !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func inputValueDefinition(_ node: InputValueDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !type(node.type) { return false }
        if let defaultValue = node.defaultValue, !value(defaultValue) { return false }
        if !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func interfaceTypeDefinition(_ node: InterfaceTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !namedTypes(node.interfaces) || !directives(node.directives) {
            return false
        }
        for child in node.fields where !fieldDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func unionTypeDefinition(_ node: UnionTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) || !namedTypes(node.types) {
            return false
        }
        return left(visitor.leave(node))
    }

    @inlinable mutating func enumTypeDefinition(_ node: EnumTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) { return false }
        for child in node.values where !enumValueDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func enumValueDefinition(_ node: EnumValueDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func inputObjectTypeDefinition(_ node: InputObjectTypeDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) || !directives(node.directives) { return false }
        for child in node.fields where !inputValueDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func directiveDefinition(_ node: DirectiveDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !description(node.description) { return false }
        for child in node.arguments where !inputValueDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func schemaExtension(_ node: SchemaExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) { return false }
        for child in node.operationTypes where !operationType(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func scalarTypeExtension(_ node: ScalarTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func objectTypeExtension(_ node: ObjectTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !namedTypes(node.interfaces) || !directives(node.directives) { return false }
        for child in node.fields where !fieldDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func interfaceTypeExtension(_ node: InterfaceTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !namedTypes(node.interfaces) || !directives(node.directives) { return false }
        for child in node.fields where !fieldDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func unionTypeExtension(_ node: UnionTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) || !namedTypes(node.types) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func enumTypeExtension(_ node: EnumTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) { return false }
        for child in node.values where !enumValueDefinition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func inputObjectTypeExtension(_ node: InputObjectTypeExtension) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) { return false }
        for child in node.fields where !inputValueDefinition(child) { return false }
        return left(visitor.leave(node))
    }
}
