/// The named, documented exceptions of the differential test: places where our engine
/// knowingly differs from graphql-core 3.2 (see docs/graphql-engine/conformance.md).
/// An exception that no longer matches anything fails the test, so the list cannot go
/// stale.
struct KnownDeviation: Sendable {
    /// The corpus document id; it also covers the document's `@crlf`, `@cr` and `@bom`
    /// variants.
    var documentID: String

    func covers(_ id: String) -> Bool {
        id == documentID || id.hasPrefix(documentID + "@")
    }
    /// Which comparison differs.
    var aspect: DifferentialMismatch.Aspect
    /// Why it is accepted.
    var reason: String
}

/// A place where graphql-core 3.2 words a message differently from graphql-js, whose
/// wording our engine follows: `toGraphQLJS` rewrites graphql-core's message into
/// graphql-js's wording (nil when the rule does not apply), and only then are the
/// messages compared. Locations and counts are never rewritten.
struct WordingDifference: Sendable {
    var name: String
    var reason: String
    var toGraphQLJS: @Sendable (String) -> String?
}

enum KnownDeviations {
    /// Documents on which our engine differs from graphql-core.
    static let documents: [KnownDeviation] = [
        KnownDeviation(
            documentID: "syntax-description-on-operation", aspect: .verdict,
            reason: descriptionsOnOperations),
        KnownDeviation(
            documentID: "syntax-description-on-variable", aspect: .verdict,
            reason: descriptionsOnOperations),
        KnownDeviation(
            documentID: "syntax-description-on-fragment", aspect: .verdict,
            reason: descriptionsOnOperations),
    ] + strayQuoteBeforeVariable.flatMap { id in
        [DifferentialMismatch.Aspect.syntaxErrorLocation, .syntaxErrorMessage].map { aspect in
            KnownDeviation(documentID: id, aspect: aspect, reason: descriptionsOnOperations)
        }
    }

    /// Mutants where a stray `"` or a string lands before a variable definition: our
    /// parser reads the string as that variable's description (2025 spec) and reports the
    /// token after it; graphql-core reports the string itself (`Expected '$', found String`).
    static let strayQuoteBeforeVariable = [
        "valid-variables-everywhere~21-punctuator",
        "valid-variables-with-defaults-in-non-null-positions~4-punctuator",
        "valid-variables-with-defaults-in-non-null-positions~61-swap",
    ]

    static let descriptionsOnOperations =
        "The September 2025 spec allows descriptions on operations, variable definitions and "
        + "fragment definitions (`OperationDefinition : Description? OperationType ...`, "
        + "`VariableDefinition : Description? Variable ...`, `FragmentDefinition : Description? "
        + "fragment ...`, §2.3, §2.8, §2.10); our parser "
        + "follows it, graphql-core 3.2 and graphql-js 16 predate it and reject the document."

    /// Documents on which graphql-core 3.2.8 raises instead of answering, so there is no
    /// reference: `ValuesOfCorrectTypeRule` looks up the definition of a variable used in a
    /// `@oneOf` input object without checking that it is defined (KeyError), when the
    /// variable is undefined; ours returns its validation errors as usual.
    ///
    /// `valid-all-root-operation-types~62-directive` (`subscription S { invoicePaid
    /// @include(organizationId: "1") { id } }`): graphql-core's SingleFieldSubscriptionsRule
    /// collects the root fields, evaluating `@include` without its required `if`, and the
    /// resulting GraphQLError escapes `validate` instead of being reported (graphql-js 16
    /// behaves the same). Ours returns its validation errors as usual.
    static let oracleCrashes: Set<String> = [
        "valid-oneof~79-rename",
        "valid-all-root-operation-types~62-directive",
    ]

    static let wording: [WordingDifference] = [
        WordingDifference(
            name: "directive-location-name",
            reason: "KnownDirectivesRule: graphql-js names the location by its enum name "
                + "(`may not be used on FIELD.`); graphql-core 3.2 uses its Python enum's value "
                + "(`may not be used on field.`, `fragment definition`, ...).",
            toGraphQLJS: { message in
                let marker = " may not be used on "
                guard message.hasSuffix("."), let range = message.range(of: marker) else { return nil }
                let location = message[range.upperBound..<message.index(before: message.endIndex)]
                return message[..<range.upperBound] + location.uppercased().replacingOccurrences(of: " ", with: "_") + "."
            }),
    ]
}
