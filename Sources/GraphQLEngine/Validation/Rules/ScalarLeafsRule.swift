/// Spec §5.3.3 "Leaf Field Selections": fields of scalar or enum type have no selection
/// set; fields of object, interface or union type must have one.
public struct ScalarLeafsRule: ValidationRule {
    public init() {}
    public var name: String { "ScalarLeafsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) -> ValidationAction {
            guard let type = context.type else { return .continue }
            let fieldName = node.name.value
            if type.namedType.isLeafType {
                if let selectionSet = node.selectionSet {
                    context.report(
                        "Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.",
                        at: selectionSet.loc
                    )
                }
            } else if node.selectionSet == nil {
                context.report(
                    "Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?",
                    at: node.loc
                )
            }
            return .continue
        }
    }
}
