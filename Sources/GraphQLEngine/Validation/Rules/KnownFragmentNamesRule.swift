/// Spec §5.5.2.1 "Fragment Spread Target Defined": every `...Name` names a fragment
/// defined in the document.
public struct KnownFragmentNamesRule: ValidationRule {
    public init() {}
    public var name: String { "KnownFragmentNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentSpread(_ node: FragmentSpread) -> ValidationAction {
            if context.fragment(named: node.name.value) == nil {
                context.report("Unknown fragment \"\(node.name.value)\".", at: node.name.loc)
            }
            return .continue
        }
    }
}
