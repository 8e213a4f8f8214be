/// Spec §5.5.2.3 "Fragment Spread Is Possible": a fragment (named or inline) is only
/// spread where some object type could satisfy both its type condition and the parent
/// type.
public struct PossibleFragmentSpreadsRule: ValidationRule {
    public init() {}
    public var name: String { "PossibleFragmentSpreadsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterInlineFragment(_ node: InlineFragment) -> ValidationAction {
            guard let fragmentType = context.type?.namedType, fragmentType.isCompositeType,
                  let parentType = context.parentType, parentType.isCompositeType else { return .continue }
            if !doTypesOverlap(context.schema, fragmentType, parentType) {
                context.report(
                    "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                    at: node.loc
                )
            }
            return .continue
        }

        func enterFragmentSpread(_ node: FragmentSpread) -> ValidationAction {
            let name = node.name.value
            guard let fragment = context.fragment(named: name),
                  let fragmentType = context.schema.type(named: fragment.typeCondition.name.value),
                  fragmentType.isCompositeType,
                  let parentType = context.parentType else { return .continue }
            if !doTypesOverlap(context.schema, fragmentType, parentType) {
                context.report(
                    "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                    at: node.loc
                )
            }
            return .continue
        }
    }
}
