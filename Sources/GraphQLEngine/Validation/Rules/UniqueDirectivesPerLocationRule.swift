/// Spec §5.7.3 "Directives Are Unique per Location": a non-`repeatable` directive appears
/// at most once on a node. In SDL, a type and its extensions (and the schema and its
/// extensions) count as one location.
public struct UniqueDirectivesPerLocationRule: ValidationRule {
    public init() {}
    public var name: String { "UniqueDirectivesPerLocationRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        /// Directive name → true when it is not repeatable (only those are checked).
        var isUnique: [String: Bool] = [:]
        var schemaDirectives: [String: Directive] = [:]
        var typeDirectives: [String: [String: Directive]] = [:]

        init(_ context: ValidationContext) {
            self.context = context
            for directive in context.schema.directives {
                isUnique[directive.name] = !directive.isRepeatable
            }
            for case .directive(let definition) in context.document.definitions {
                isUnique[definition.name.value] = !definition.isRepeatable
            }
        }

        func enterDirectives(_ directives: [Directive], at site: DirectiveSite) {
            var seen: [String: Directive]
            if site.isSchema {
                seen = schemaDirectives
            } else if let typeName = site.typeName {
                seen = typeDirectives[typeName] ?? [:]
            } else {
                seen = [:]
            }
            for directive in directives {
                let name = directive.name.value
                guard isUnique[name] == true else { continue }
                if let first = seen[name] {
                    context.report("The directive \"@\(name)\" can only be used once at this location.", at: first.loc, directive.loc)
                } else {
                    seen[name] = directive
                }
            }
            if site.isSchema {
                schemaDirectives = seen
            } else if let typeName = site.typeName {
                typeDirectives[typeName] = seen
            }
        }
    }
}
