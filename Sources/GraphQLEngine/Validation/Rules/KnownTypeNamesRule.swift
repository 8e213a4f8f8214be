/// Spec §5.5.1.2 "Fragment Spread Type Existence" (and type references in variable
/// definitions): every named type used is defined by the schema (or by a type definition
/// in the document). Inside SDL, the standard scalar and introspection names are known.
public struct KnownTypeNamesRule: ValidationRule {
    public init() {}
    public var name: String { "KnownTypeNamesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    /// The specified scalars and introspection types: always known in SDL.
    static let standardTypeNames: [String] = [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue",
        "__EnumValue", "__TypeKind",
    ]

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        let definedInDocument: Set<String>
        let typeNames: [String]

        init(_ context: ValidationContext) {
            self.context = context
            var defined: [String] = []
            for definition in context.document.definitions {
                // Type definitions only (`definedName` is nil for everything else).
                if let name = definition.definedName { defined.append(name) }
            }
            definedInDocument = Set(defined)
            typeNames = context.schema.types.map(\.name) + defined
        }

        func enterNamedType(_ node: NamedType, inTypeSystemDefinition: Bool) {
            let name = node.name.value
            guard context.schema.type(named: name) == nil, !definedInDocument.contains(name) else { return }
            if inTypeSystemDefinition && KnownTypeNamesRule.standardTypeNames.contains(name) { return }
            let candidates = inTypeSystemDefinition ? KnownTypeNamesRule.standardTypeNames + typeNames : typeNames
            context.report("Unknown type \"\(name)\"." + didYouMean(suggestionList(name, candidates)), at: node.loc)
        }
    }
}
