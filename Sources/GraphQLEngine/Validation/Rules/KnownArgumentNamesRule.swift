/// Spec §5.4.1 "Argument Names": every argument given to a field or directive is defined
/// by it. Unknown fields and directives are left to their own rules.
public struct KnownArgumentNamesRule: ValidationRule {
    public init() {}
    public var name: String { "KnownArgumentNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var directiveArguments: [String: [String]] = [:]

        init(_ context: ValidationContext) {
            self.context = context
            for directive in context.schema.directives {
                directiveArguments[directive.name] = directive.args.map(\.name)
            }
            for case .directive(let definition) in context.document.definitions {
                directiveArguments[definition.name.value] = definition.arguments.map(\.name.value)
            }
        }

        func enterDirective(_ node: Directive, at site: DirectiveSite) -> ValidationAction {
            let directiveName = node.name.value
            if let known = directiveArguments[directiveName] {
                for argument in node.arguments where !known.contains(argument.name.value) {
                    let name = argument.name.value
                    context.report(
                        "Unknown argument \"\(name)\" on directive \"@\(directiveName)\"."
                            + didYouMean(suggestionList(name, known)),
                        at: argument.loc
                    )
                }
            }
            // Directive arguments are fully handled here.
            return .skip
        }

        func enterArgument(_ node: Argument) -> ValidationAction {
            guard context.argument == nil, let field = context.fieldDefinition,
                  let parentType = context.parentType else { return .continue }
            let name = node.name.value
            context.report(
                "Unknown argument \"\(name)\" on field \"\(parentType.name).\(field.name)\"."
                    + didYouMean(suggestionList(name, field.args.map(\.name))),
                at: node.loc
            )
            return .continue
        }
    }
}
