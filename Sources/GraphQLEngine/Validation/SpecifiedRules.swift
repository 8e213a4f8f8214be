/// A place in the GraphQL specification (September 2025 edition) that a rule enforces.
public struct SpecReference: Sendable, Hashable {
    /// The section number, e.g. "5.2.2.1".
    public let section: String
    /// The section title, e.g. "Operation Name Uniqueness".
    public let title: String
    /// The anchor of the section in the published spec, e.g. "sec-Operation-Name-Uniqueness".
    public let anchor: String

    public init(_ section: String, _ title: String, _ anchor: String) {
        self.section = section
        self.title = title
        self.anchor = anchor
    }

    /// A link to the section in the September 2025 edition.
    public var url: String { "https://spec.graphql.org/September2025/#" + anchor }
}

/// A rule of `specifiedRules` with the spec sections it enforces (empty for the one
/// non-spec rule graphql-js runs by default, `MaxIntrospectionDepthRule`).
public struct SpecifiedRule: Sendable {
    public let rule: any ValidationRule
    public let references: [SpecReference]
}

/// Every rule run by default, in the order graphql-js runs them (which decides the order
/// of errors found at the same node), each with its spec anchors. Data, so documentation
/// and tests can list the rules without repeating them.
public let specifiedRuleCatalog: [SpecifiedRule] = [
    SpecifiedRule(rule: ExecutableDefinitionsRule(), references: [
        SpecReference("5.1.1", "Executable Definitions", "sec-Executable-Definitions"),
    ]),
    SpecifiedRule(rule: UniqueOperationNamesRule(), references: [
        SpecReference("5.2.2.1", "Operation Name Uniqueness", "sec-Operation-Name-Uniqueness"),
    ]),
    SpecifiedRule(rule: LoneAnonymousOperationRule(), references: [
        SpecReference("5.2.3.1", "Lone Anonymous Operation", "sec-Lone-Anonymous-Operation"),
    ]),
    SpecifiedRule(rule: KnownOperationTypesRule(), references: [
        SpecReference("5.2.1.1", "Operation Type Existence", "sec-Operation-Type-Existence"),
    ]),
    SpecifiedRule(rule: SingleFieldSubscriptionsRule(), references: [
        SpecReference("5.2.4.1", "Single Root Field", "sec-Single-Root-Field"),
    ]),
    SpecifiedRule(rule: KnownTypeNamesRule(), references: [
        SpecReference("5.5.1.2", "Fragment Spread Type Existence", "sec-Fragment-Spread-Type-Existence"),
    ]),
    SpecifiedRule(rule: FragmentsOnCompositeTypesRule(), references: [
        SpecReference(
            "5.5.1.3", "Fragments on Object, Interface or Union Types",
            "sec-Fragments-on-Object-Interface-or-Union-Types"
        ),
    ]),
    SpecifiedRule(rule: VariablesAreInputTypesRule(), references: [
        SpecReference("5.8.2", "Variables Are Input Types", "sec-Variables-Are-Input-Types"),
    ]),
    SpecifiedRule(rule: ScalarLeafsRule(), references: [
        SpecReference("5.3.3", "Leaf Field Selections", "sec-Leaf-Field-Selections"),
    ]),
    SpecifiedRule(rule: FieldsOnCorrectTypeRule(), references: [
        SpecReference("5.3.1", "Field Selections", "sec-Field-Selections"),
    ]),
    SpecifiedRule(rule: UniqueFragmentNamesRule(), references: [
        SpecReference("5.5.1.1", "Fragment Name Uniqueness", "sec-Fragment-Name-Uniqueness"),
    ]),
    SpecifiedRule(rule: KnownFragmentNamesRule(), references: [
        SpecReference("5.5.2.1", "Fragment Spread Target Defined", "sec-Fragment-Spread-Target-Defined"),
    ]),
    SpecifiedRule(rule: NoUnusedFragmentsRule(), references: [
        SpecReference("5.5.1.4", "Fragments Must Be Used", "sec-Fragments-Must-Be-Used"),
    ]),
    SpecifiedRule(rule: PossibleFragmentSpreadsRule(), references: [
        SpecReference("5.5.2.3", "Fragment Spread Is Possible", "sec-Fragment-Spread-Is-Possible"),
    ]),
    SpecifiedRule(rule: NoFragmentCyclesRule(), references: [
        SpecReference(
            "5.5.2.2", "Fragment Spreads Must Not Form Cycles", "sec-Fragment-Spreads-Must-Not-Form-Cycles"
        ),
    ]),
    SpecifiedRule(rule: UniqueVariableNamesRule(), references: [
        SpecReference("5.8.1", "Variable Uniqueness", "sec-Variable-Uniqueness"),
    ]),
    SpecifiedRule(rule: NoUndefinedVariablesRule(), references: [
        SpecReference("5.8.3", "All Variable Uses Defined", "sec-All-Variable-Uses-Defined"),
    ]),
    SpecifiedRule(rule: NoUnusedVariablesRule(), references: [
        SpecReference("5.8.4", "All Variables Used", "sec-All-Variables-Used"),
    ]),
    SpecifiedRule(rule: KnownDirectivesRule(), references: [
        SpecReference("5.7.1", "Directives Are Defined", "sec-Directives-Are-Defined"),
        SpecReference("5.7.2", "Directives Are in Valid Locations", "sec-Directives-Are-in-Valid-Locations"),
    ]),
    SpecifiedRule(rule: UniqueDirectivesPerLocationRule(), references: [
        SpecReference("5.7.3", "Directives Are Unique per Location", "sec-Directives-Are-Unique-per-Location"),
    ]),
    SpecifiedRule(rule: KnownArgumentNamesRule(), references: [
        SpecReference("5.4.1", "Argument Names", "sec-Argument-Names"),
    ]),
    SpecifiedRule(rule: UniqueArgumentNamesRule(), references: [
        SpecReference("5.4.2", "Argument Uniqueness", "sec-Argument-Uniqueness"),
    ]),
    SpecifiedRule(rule: ValuesOfCorrectTypeRule(), references: [
        SpecReference("5.6.1", "Values of Correct Type", "sec-Values-of-Correct-Type"),
        SpecReference("5.6.2", "Input Object Field Names", "sec-Input-Object-Field-Names"),
        SpecReference("5.6.4", "Input Object Required Fields", "sec-Input-Object-Required-Fields"),
    ]),
    SpecifiedRule(rule: ProvidedRequiredArgumentsRule(), references: [
        SpecReference("5.4.3", "Required Arguments", "sec-Required-Arguments"),
    ]),
    SpecifiedRule(rule: VariablesInAllowedPositionRule(), references: [
        SpecReference("5.8.5", "All Variable Usages Are Allowed", "sec-All-Variable-Usages-Are-Allowed"),
    ]),
    SpecifiedRule(rule: OverlappingFieldsCanBeMergedRule(), references: [
        SpecReference("5.3.2", "Field Selection Merging", "sec-Field-Selection-Merging"),
    ]),
    SpecifiedRule(rule: UniqueInputFieldNamesRule(), references: [
        SpecReference("5.6.3", "Input Object Field Uniqueness", "sec-Input-Object-Field-Uniqueness"),
    ]),
    SpecifiedRule(rule: MaxIntrospectionDepthRule(), references: []),
]

/// The rules `validate` runs by default: all of spec §5, plus graphql-js's recommended
/// `MaxIntrospectionDepthRule`, in graphql-js's order.
public let specifiedRules: [any ValidationRule] = specifiedRuleCatalog.map(\.rule)
