/// Spec §5.3.1 "Field Selections": every selected field is defined on the type in scope
/// (or is a meta-field allowed there). Suggests, for abstract types, the types to use an
/// inline fragment on, otherwise similarly named fields.
public struct FieldsOnCorrectTypeRule: ValidationRule {
    public init() {}
    public var name: String { "FieldsOnCorrectTypeRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) -> ValidationAction {
            guard let parentType = context.parentType, context.fieldDefinition == nil else { return .continue }
            let fieldName = node.name.value
            var suggestion = didYouMean(
                suggestedTypeNames(parentType, fieldName), subMessage: "to use an inline fragment on"
            )
            if suggestion.isEmpty {
                suggestion = didYouMean(suggestionList(fieldName, parentType.fields?.names ?? []))
            }
            context.report("Cannot query field \"\(fieldName)\" on type \"\(parentType.name)\"." + suggestion, at: node.loc)
            return .continue
        }

        /// For an abstract type: the possible types and their interfaces that define the
        /// field, the most used first, interfaces before the types implementing them.
        private func suggestedTypeNames(_ type: GraphQLNamedType, _ fieldName: String) -> [String] {
            guard type.isAbstractType else { return [] }
            let schema = context.schema
            var suggested: [GraphQLNamedType] = []
            var seen: Set<String> = []
            var usageCount: [String: Int] = [:]
            for possible in schema.possibleTypes(of: type) where possible.fields[fieldName] != nil {
                if seen.insert(possible.name).inserted { suggested.append(.object(possible)) }
                usageCount[possible.name] = 1
                for interface in possible.interfaces where interface.fields[fieldName] != nil {
                    if seen.insert(interface.name).inserted { suggested.append(.interface(interface)) }
                    usageCount[interface.name, default: 0] += 1
                }
            }
            // graphql-js's comparator is not a total order (interfaces before their
            // implementations, else by name), so the sorting algorithm is replicated too.
            let ordered = timSortOrder(suggested) { a, b in
                let countA = usageCount[a.name] ?? 0, countB = usageCount[b.name] ?? 0
                if countA != countB { return countB - countA }
                if case .interface = a, schema.isSubType(abstract: a, maybeSub: b) { return -1 }
                if case .interface = b, schema.isSubType(abstract: b, maybeSub: a) { return 1 }
                return naturalCompare(a.name, b.name)
            }
            return ordered.map(\.name)
        }
    }
}
