/// Spec §5.4.3 "Required Arguments": every non-null argument without a default is given
/// (to fields and directives). An explicit `null` for one is reported by
/// ValuesOfCorrectTypeRule.
public struct ProvidedRequiredArgumentsRule: ValidationRule {
    public init() {}
    public var name: String { "ProvidedRequiredArgumentsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        /// Directive name → its required arguments (name and type as written), in order.
        var requiredByDirective: [String: [(name: String, type: String)]] = [:]

        init(_ context: ValidationContext) {
            self.context = context
            for directive in context.schema.directives {
                requiredByDirective[directive.name] = directive.args.filter(\.isRequired)
                    .map { ($0.name, $0.type.description) }
            }
            for case .directive(let definition) in context.document.definitions {
                requiredByDirective[definition.name.value] = definition.arguments.filter { argument in
                    if case .nonNull = argument.type { return argument.defaultValue == nil }
                    return false
                }.map { ($0.name.value, typeNodeText($0.type)) }
            }
        }

        func leaveField(_ node: Field) {
            guard let definition = context.fieldDefinition else { return }
            for argument in definition.args where argument.isRequired {
                guard !node.arguments.contains(where: { $0.name.value == argument.name }) else { continue }
                context.report(
                    "Field \"\(node.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    at: node.loc
                )
            }
        }

        func leaveDirective(_ node: Directive, at site: DirectiveSite) {
            let name = node.name.value
            guard let required = requiredByDirective[name] else { return }
            for argument in required where !node.arguments.contains(where: { $0.name.value == argument.name }) {
                context.report(
                    "Directive \"@\(name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                    at: node.loc
                )
            }
        }
    }
}
