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
        // A stray `"` after a variable's type starts a string that our parser reads as the
        // next variable's description (2025 spec), so it reports the token after the
        // string; graphql-core reports the string itself.
        KnownDeviation(
            documentID: "valid-variables-everywhere~21-punctuator", aspect: .syntaxErrorLocation,
            reason: descriptionsOnOperations),
        KnownDeviation(
            documentID: "valid-variables-everywhere~21-punctuator", aspect: .syntaxErrorMessage,
            reason: descriptionsOnOperations),
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
