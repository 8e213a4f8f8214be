// Depth-first traversal of the AST driving an `ASTVisitor` (see ASTVisitor.swift for the
// order and the meaning of `VisitAction`).

/// Walks `node` and everything below it, calling `visitor`'s hooks.
@inlinable public func walk<V: ASTVisitor>(_ node: Document, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.document(node)
    visitor = walker.visitor
}

@inlinable public func walk<V: ASTVisitor>(_ node: Definition, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.definition(node)
    visitor = walker.visitor
}

@inlinable public func walk<V: ASTVisitor>(_ node: SelectionSet, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.selectionSet(node)
    visitor = walker.visitor
}

@inlinable public func walk<V: ASTVisitor>(_ node: Selection, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.selection(node)
    visitor = walker.visitor
}

@inlinable public func walk<V: ASTVisitor>(_ node: ValueNode, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.value(node)
    visitor = walker.visitor
}

@inlinable public func walk<V: ASTVisitor>(_ node: TypeNode, _ visitor: inout V) {
    var walker = ASTWalker(visitor: visitor)
    _ = walker.type(node)
    visitor = walker.visitor
}

/// Each method visits one node kind and returns false when the walk must stop (`.break`).
@usableFromInline
struct ASTWalker<V: ASTVisitor> {
    @usableFromInline var visitor: V

    @usableFromInline init(visitor: V) {
        self.visitor = visitor
    }

    /// The enter decision: `nil` to visit the children, `true` to skip them, `false` to stop.
    @inline(__always)
    @inlinable func entered(_ action: VisitAction) -> Bool? {
        switch action {
        case .continue: return nil
        case .skip: return true
        case .break: return false
        }
    }

    @inline(__always)
    @inlinable func left(_ action: VisitAction) -> Bool {
        action != .break
    }

    // MARK: Executable

    @inlinable mutating func document(_ node: Document) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        for child in node.definitions where !definition(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func definition(_ node: Definition) -> Bool {
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

    @inlinable mutating func operation(_ node: OperationDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if let description = node.description, !string(description) { return false }
        for child in node.variableDefinitions where !variableDefinition(child) { return false }
        if !directives(node.directives) { return false }
        if !selectionSet(node.selectionSet) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func variableDefinition(_ node: VariableDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if let description = node.description, !string(description) { return false }
        if !variable(node.variable) { return false }
        if !type(node.type) { return false }
        if let defaultValue = node.defaultValue, !value(defaultValue) { return false }
        if !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func variable(_ node: Variable) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        return left(visitor.leave(node))
    }

    @inlinable mutating func selectionSet(_ node: SelectionSet) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        for child in node.selections where !selection(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func selection(_ node: Selection) -> Bool {
        switch node {
        case .field(let node): return field(node)
        case .fragmentSpread(let node): return fragmentSpread(node)
        case .inlineFragment(let node): return inlineFragment(node)
        }
    }

    @inlinable mutating func field(_ node: Field) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !arguments(node.arguments) { return false }
        if !directives(node.directives) { return false }
        if let child = node.selectionSet, !selectionSet(child) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func arguments(_ nodes: [Argument]) -> Bool {
        for node in nodes {
            if let result = entered(visitor.enter(node)) {
                if result { continue } else { return false }
            }
            if !value(node.value) { return false }
            if !left(visitor.leave(node)) { return false }
        }
        return true
    }

    @inlinable mutating func fragmentSpread(_ node: FragmentSpread) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if !directives(node.directives) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func inlineFragment(_ node: InlineFragment) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if let condition = node.typeCondition, !namedType(condition) { return false }
        if !directives(node.directives) { return false }
        if !selectionSet(node.selectionSet) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func fragmentDefinition(_ node: FragmentDefinition) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        if let description = node.description, !string(description) { return false }
        if !namedType(node.typeCondition) { return false }
        if !directives(node.directives) { return false }
        if !selectionSet(node.selectionSet) { return false }
        return left(visitor.leave(node))
    }

    @inlinable mutating func directives(_ nodes: [Directive]) -> Bool {
        for node in nodes {
            if let result = entered(visitor.enter(node)) {
                if result { continue } else { return false }
            }
            if !arguments(node.arguments) { return false }
            if !left(visitor.leave(node)) { return false }
        }
        return true
    }

    // MARK: Values

    @inlinable mutating func value(_ node: ValueNode) -> Bool {
        switch node {
        case .variable(let node): return variable(node)
        case .int(let node):
            if let result = entered(visitor.enter(node)) { return result }
            return left(visitor.leave(node))
        case .float(let node):
            if let result = entered(visitor.enter(node)) { return result }
            return left(visitor.leave(node))
        case .string(let node): return string(node)
        case .boolean(let node):
            if let result = entered(visitor.enter(node)) { return result }
            return left(visitor.leave(node))
        case .null(let node):
            if let result = entered(visitor.enter(node)) { return result }
            return left(visitor.leave(node))
        case .enumValue(let node):
            if let result = entered(visitor.enter(node)) { return result }
            return left(visitor.leave(node))
        case .list(let node):
            if let result = entered(visitor.enter(node)) { return result }
            for child in node.values where !value(child) { return false }
            return left(visitor.leave(node))
        case .object(let node):
            if let result = entered(visitor.enter(node)) { return result }
            for field in node.fields {
                if let result = entered(visitor.enter(field)) {
                    if result { continue } else { return false }
                }
                if !value(field.value) { return false }
                if !left(visitor.leave(field)) { return false }
            }
            return left(visitor.leave(node))
        }
    }

    @inlinable mutating func string(_ node: StringValue) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        return left(visitor.leave(node))
    }

    // MARK: Types

    @inlinable mutating func type(_ node: TypeNode) -> Bool {
        switch node {
        case .named(let node): return namedType(node)
        case .list(let node):
            if let result = entered(visitor.enter(node)) { return result }
            if !type(node.type) { return false }
            return left(visitor.leave(node))
        case .nonNull(let node):
            if let result = entered(visitor.enter(node)) { return result }
            if !type(node.type) { return false }
            return left(visitor.leave(node))
        }
    }

    @inlinable mutating func namedType(_ node: NamedType) -> Bool {
        if let result = entered(visitor.enter(node)) { return result }
        return left(visitor.leave(node))
    }

    @inlinable mutating func namedTypes(_ nodes: [NamedType]) -> Bool {
        for node in nodes where !namedType(node) { return false }
        return true
    }
}
