/// Spec §5.2.1.1 "Operation Type Existence": the schema must have a root operation type
/// for each kind of operation used (every schema has `query`; `mutation` and
/// `subscription` are optional). Worded as graphql-js v17 words it.
public struct KnownOperationTypesRule: ValidationRule {
    public init() {}
    public var name: String { "KnownOperationTypesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            if context.schema.rootType(for: node.operation) == nil {
                context.report("The \(node.operation.rawValue) operation is not supported by the schema.", at: node.loc)
            }
            return .continue
        }
    }
}
