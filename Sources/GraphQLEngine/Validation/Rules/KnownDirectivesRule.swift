/// Spec §5.7.1 "Directives Are Defined" and §5.7.2 "Directives Are in Valid Locations":
/// each directive used is defined (by the schema, or by a directive definition in the
/// document) and allowed where it is used.
public struct KnownDirectivesRule: ValidationRule {
    public init() {}
    public var name: String { "KnownDirectivesRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        var locationsByName: [String: [DirectiveLocation]] = [:]

        init(_ context: ValidationContext) {
            self.context = context
            for directive in context.schema.directives {
                locationsByName[directive.name] = directive.locations
            }
            for case .directive(let definition) in context.document.definitions {
                locationsByName[definition.name.value] = definition.directiveLocations
            }
        }

        func enterDirective(_ node: Directive, at site: DirectiveSite) -> ValidationAction {
            let name = node.name.value
            if let locations = locationsByName[name] {
                if !locations.contains(site.location) {
                    context.report("Directive \"@\(name)\" may not be used on \(site.location.rawValue).", at: node.loc)
                }
            } else {
                context.report("Unknown directive \"@\(name)\".", at: node.loc)
            }
            return .continue
        }
    }
}
