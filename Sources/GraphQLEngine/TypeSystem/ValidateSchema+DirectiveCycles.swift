// Spec §3.13 "Type Validation" 2–3: a directive definition must not use itself, directly
// on its arguments or through the types and directives its arguments refer to. Applied
// directives are known only from SDL, so schemas built in code are not checked here.

extension SchemaValidator {
    mutating func validateDirectiveCycles() {
        let byName = Dictionary(schema.directives.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for directive in schema.directives where directive.astNode != nil {
            var search = DirectiveReferenceSearch(target: directive.name, directives: byName)
            if search.directiveReaches(directive) {
                report("Directive \"@\(directive.name)\" must not reference itself, directly or through the types and directives its arguments use.",
                       directive.astNode?.name.loc)
            }
        }
    }
}

/// Depth-first search from a directive's arguments for a use of `target`.
private struct DirectiveReferenceSearch {
    let target: String
    let directives: [String: GraphQLDirective]
    var visitedDirectives: Set<String> = []
    var visitedTypes: Set<String> = []

    init(target: String, directives: [String: GraphQLDirective]) {
        self.target = target
        self.directives = directives
    }

    mutating func directiveReaches(_ directive: GraphQLDirective) -> Bool {
        guard visitedDirectives.insert(directive.name).inserted else { return false }
        for argument in directive.args {
            if uses(argument.astNode?.directives ?? []) || typeReaches(argument.type.namedType) { return true }
        }
        return false
    }

    private mutating func uses(_ applied: [Directive]) -> Bool {
        for directive in applied {
            let name = directive.name.value
            if name == target { return true }
            if let definition = directives[name], directiveReaches(definition) { return true }
        }
        return false
    }

    private mutating func typeReaches(_ type: GraphQLNamedType) -> Bool {
        guard visitedTypes.insert(type.name).inserted else { return false }
        switch type {
        case .scalar(let scalar):
            return uses((scalar.astNode?.directives ?? []) + scalar.extensionASTNodes.flatMap(\.directives))
        case .enum(let enumType):
            if uses((enumType.astNode?.directives ?? []) + enumType.extensionASTNodes.flatMap(\.directives)) { return true }
            return enumType.values.contains { uses($0.astNode?.directives ?? []) }
        case .inputObject(let inputObject):
            if uses((inputObject.astNode?.directives ?? []) + inputObject.extensionASTNodes.flatMap(\.directives)) {
                return true
            }
            for field in inputObject.fields {
                if uses(field.astNode?.directives ?? []) || typeReaches(field.type.namedType) { return true }
            }
            return false
        case .object, .interface, .union:
            return false
        }
    }
}
