/// Spec §5.4.2 "Argument Uniqueness": a field or directive gets each argument once.
public struct UniqueArgumentNamesRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueArgumentNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) -> ValidationAction {
            check(node.arguments)
            return .continue
        }

        func enterDirective(_ node: Directive, at site: DirectiveSite) -> ValidationAction {
            check(node.arguments)
            return .continue
        }

        private func check(_ arguments: [Argument]) {
            guard arguments.count > 1 else { return }
            for (name, group) in groupedByName(arguments, \.name) where group.count > 1 {
                context.report("There can be only one argument named \"\(name)\".", atEach: group.map(\.name.loc))
            }
        }
    }
}
