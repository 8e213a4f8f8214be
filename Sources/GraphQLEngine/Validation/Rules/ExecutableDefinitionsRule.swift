/// Spec §5.1.1 "Executable Definitions": a document sent for execution holds only
/// operations and fragments; type-system definitions and extensions are reported.
public struct ExecutableDefinitionsRule: ValidationRule {
    public init() {}
    public var name: String { "ExecutableDefinitionsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterDocument(_ node: Document) -> ValidationAction {
            for definition in node.definitions where !definition.isExecutable {
                let described: String
                switch definition {
                case .schema, .schemaExtension: described = "schema"
                default: described = "\"\(definition.nameInMessages ?? "")\""
                }
                context.report("The \(described) definition is not executable.", at: definition.loc)
            }
            return .skip
        }
    }
}

extension Definition {
    /// The name a definition defines or extends (a directive's without `@`), as error
    /// messages quote it; `nil` for schema definitions/extensions and anonymous operations.
    var nameInMessages: String? {
        switch self {
        case .operation(let node): return node.name?.value
        case .fragment(let node): return node.name.value
        case .schema, .schemaExtension: return nil
        case .scalarType(let node): return node.name.value
        case .objectType(let node): return node.name.value
        case .interfaceType(let node): return node.name.value
        case .unionType(let node): return node.name.value
        case .enumType(let node): return node.name.value
        case .inputObjectType(let node): return node.name.value
        case .directive(let node): return node.name.value
        case .scalarTypeExtension(let node): return node.name.value
        case .objectTypeExtension(let node): return node.name.value
        case .interfaceTypeExtension(let node): return node.name.value
        case .unionTypeExtension(let node): return node.name.value
        case .enumTypeExtension(let node): return node.name.value
        case .inputObjectTypeExtension(let node): return node.name.value
        }
    }
}
