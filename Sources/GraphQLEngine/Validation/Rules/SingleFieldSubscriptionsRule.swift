/// Spec §5.2.4.1 "Single Root Field": a subscription selects exactly one root field
/// (after collecting fragments whose type condition applies), not an introspection field,
/// and uses no `@skip`/`@include` at the root (CollectSubscriptionFields), since which
/// field is selected must not depend on variables.
public struct SingleFieldSubscriptionsRule: ValidationRule {
    public init() {}
    public var name: String { "SingleFieldSubscriptionsRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            guard node.operation == .subscription, let rootType = context.schema.subscriptionType else {
                return .continue
            }
            var collector = Collector(context: context, rootType: rootType)
            collector.collect(node.selectionSet)
            let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
            if !collector.forbiddenDirectives.isEmpty {
                context.report(
                    subject + " must not use `@skip` or `@include` directives in the top level selection.",
                    atEach: collector.forbiddenDirectives.map(\.loc)
                )
                return .continue
            }
            if collector.keys.count > 1 {
                let extra = collector.keys.dropFirst().flatMap { collector.fieldsByKey[$0]! }
                context.report(subject + " must select only one top level field.", atEach: extra.map(\.loc))
            }
            for key in collector.keys {
                let fields = collector.fieldsByKey[key]!
                if fields[0].name.value.hasPrefix("__") {
                    context.report(
                        subject + " must not select an introspection top level field.", atEach: fields.map(\.loc)
                    )
                }
            }
            return .continue
        }
    }

    /// CollectSubscriptionFields: fields by response key in order, following fragments
    /// whose type condition applies to the root type, noting `@skip`/`@include` uses.
    private struct Collector {
        let context: ValidationContext
        let rootType: GraphQLObjectType
        var keys: [String] = []
        var fieldsByKey: [String: [Field]] = [:]
        var forbiddenDirectives: [Directive] = []
        var visitedFragments: Set<String> = []

        init(context: ValidationContext, rootType: GraphQLObjectType) {
            self.context = context
            self.rootType = rootType
        }

        mutating func collect(_ selectionSet: SelectionSet) {
            for selection in selectionSet.selections {
                forbiddenDirectives += selection.directives.filter { $0.name.value == "skip" || $0.name.value == "include" }
                switch selection {
                case .field(let field):
                    let key = field.responseKey
                    if fieldsByKey[key] == nil { keys.append(key) }
                    fieldsByKey[key, default: []].append(field)
                case .fragmentSpread(let spread):
                    let name = spread.name.value
                    guard visitedFragments.insert(name).inserted,
                          let fragment = context.fragment(named: name),
                          applies(fragment.typeCondition) else { continue }
                    collect(fragment.selectionSet)
                case .inlineFragment(let fragment):
                    if let condition = fragment.typeCondition, !applies(condition) { continue }
                    collect(fragment.selectionSet)
                }
            }
        }

        /// DoesFragmentTypeApply for the root object type.
        private func applies(_ condition: NamedType) -> Bool {
            guard let type = context.schema.type(named: condition.name.value) else { return false }
            switch type {
            case .object(let object): return object === rootType
            case .interface, .union: return context.schema.isSubType(abstract: type, maybeSub: .object(rootType))
            default: return false
            }
        }
    }
}
