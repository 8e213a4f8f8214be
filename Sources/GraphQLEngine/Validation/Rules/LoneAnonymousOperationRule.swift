/// Spec §5.2.3.1 "Lone Anonymous Operation": an anonymous operation (including the `{ }`
/// shorthand) must be the only operation in the document.
public struct LoneAnonymousOperationRule: ValidationRule {
    public init() {}
    public var name: String { "LoneAnonymousOperationRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var operationCount = 0
        init(_ context: ValidationContext) { self.context = context }

        func enterDocument(_ node: Document) -> ValidationAction {
            operationCount = node.definitions.reduce(0) { count, definition in
                if case .operation = definition { return count + 1 }
                return count
            }
            return .continue
        }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            if node.name == nil && operationCount > 1 {
                context.report("This anonymous operation must be the only defined operation.", at: node.loc)
            }
            return .continue
        }
    }
}
