/// The named, documented exceptions of the differential test: places where our engine
/// knowingly differs from graphql-core 3.2 (see docs/graphql-engine/conformance.md).
/// An exception that no longer matches anything fails the test, so the list cannot go
/// stale.
struct KnownDeviation: Sendable {
    /// The corpus document id.
    var documentID: String
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
            documentID: "syntax-description-on-operation@bom", aspect: .verdict,
            reason: descriptionsOnOperations),
    ]

    static let descriptionsOnOperations =
        "The September 2025 spec allows a description before an operation "
        + "(`OperationDefinition : Description? OperationType Name? ...`, §2.3); our parser "
        + "follows it, graphql-core 3.2 and graphql-js 16 predate it and reject the document."

    /// Documents on which graphql-core 3.2.8 raises instead of answering, so there is no
    /// reference: `ValuesOfCorrectTypeRule` looks up the definition of a variable used in a
    /// `@oneOf` input object without checking that it is defined (KeyError), when the
    /// variable is undefined (ours reports `Variable "$x" is not defined`).
    static let oracleCrashes: Set<String> = ["valid-oneof~79-rename"]

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
