/// Spec §5.8.1 "Variable Uniqueness": an operation defines each variable name once.
public struct UniqueVariableNamesRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueVariableNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            for (name, group) in groupedByName(node.variableDefinitions, \.variable.name) where group.count > 1 {
                context.report("There can be only one variable named \"$\(name)\".", atEach: group.map(\.variable.name.loc))
            }
            return .continue
        }
    }
}

/// Groups items by a name, keeping the order in which each name first appears.
func groupedByName<Item>(_ items: [Item], _ name: (Item) -> Name) -> [(String, [Item])] {
    var order: [String] = []
    var groups: [String: [Item]] = [:]
    for item in items {
        let key = name(item).value
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(item)
    }
    return order.map { ($0, groups[$0]!) }
}
