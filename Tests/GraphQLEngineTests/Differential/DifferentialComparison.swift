import GraphQLEngine

/// What our engine says about one document, in the oracle's shape.
struct EngineVerdict {
    var syntaxError: OracleError?
    var errors: [OracleError]

    /// Parses `text` and, when it parses, validates it against `schema` with the
    /// specified rules.
    init(text: String, schema: GraphQLSchema) {
        do {
            let document = try parse(Source(text))
            syntaxError = nil
            errors = validate(schema: schema, document: document).map(EngineVerdict.oracleShape)
        } catch {
            syntaxError = EngineVerdict.oracleShape(error)
            errors = []
        }
    }

    static func oracleShape(_ error: GraphQLError) -> OracleError {
        OracleError(message: error.message, locations: error.locations.map { [$0.line, $0.column] })
    }
}

/// One difference between our engine and graphql-core on one document.
struct DifferentialMismatch: CustomStringConvertible {
    enum Aspect: String, Sendable {
        /// One side parses the document and the other does not, or one finds it valid.
        case verdict
        case syntaxErrorLocation
        case syntaxErrorMessage
        case validationErrorCount
        case validationErrorLocations
        case validationErrorMessage
    }

    var documentID: String
    var aspect: Aspect
    var expected: String
    var got: String

    var description: String {
        "[\(documentID)] \(aspect.rawValue): expected (graphql-core) \(expected) — got \(got)"
    }
}

enum DifferentialComparison {
    /// graphql-core quotes names with single quotes where graphql-js (and our engine) use
    /// double quotes; everything else in the messages is compared as is.
    static func normalizedMessage(_ message: String) -> String {
        message.replacingOccurrences(of: "\"", with: "'")
    }

    /// Whether graphql-core's message says the same as ours: equal after quote
    /// normalization, directly or after one of the named `KnownDeviations.wording` rewrites
    /// (whose names are added to `usedWording`).
    static func sameMessage(graphQLCore theirs: String, ours: String, usedWording: inout Set<String>) -> Bool {
        let normalizedOurs = normalizedMessage(ours)
        if normalizedMessage(theirs) == normalizedOurs { return true }
        for difference in KnownDeviations.wording {
            if let rewritten = difference.toGraphQLJS(theirs), normalizedMessage(rewritten) == normalizedOurs {
                usedWording.insert(difference.name)
                return true
            }
        }
        return false
    }

    static func describe(_ error: OracleError?) -> String {
        guard let error else { return "none" }
        return "\"\(error.message)\" at \(locations(error))"
    }

    static func locations(_ error: OracleError) -> String {
        error.locations.map { "\($0[0]):\($0[1])" }.joined(separator: ",")
    }

    static func describe(_ errors: [OracleError]) -> String {
        "\(errors.count) error(s) " + errors.map { "[\(locations($0))] \($0.message)" }.joined(separator: " | ")
    }

    /// Every difference in verdict, count, locations (in order) and normalized message.
    static func compare(
        id: String, expected: OracleVerdict, got: EngineVerdict, usedWording: inout Set<String>
    ) -> [DifferentialMismatch] {
        var mismatches: [DifferentialMismatch] = []
        func add(_ aspect: DifferentialMismatch.Aspect, _ expected: String, _ got: String) {
            mismatches.append(DifferentialMismatch(documentID: id, aspect: aspect, expected: expected, got: got))
        }
        switch (expected.syntaxError, got.syntaxError) {
        case (nil, nil):
            if expected.errors.isEmpty != got.errors.isEmpty {
                add(.verdict, describe(expected.errors), describe(got.errors))
                return mismatches
            }
            if expected.errors.count != got.errors.count {
                add(.validationErrorCount, describe(expected.errors), describe(got.errors))
                return mismatches
            }
            for (theirs, ours) in zip(expected.errors, got.errors) {
                if theirs.locations != ours.locations {
                    add(.validationErrorLocations, describe(theirs), describe(ours))
                }
                if !sameMessage(graphQLCore: theirs.message, ours: ours.message, usedWording: &usedWording) {
                    add(.validationErrorMessage, describe(theirs), describe(ours))
                }
            }
        case (let theirs?, let ours?):
            if theirs.locations != ours.locations {
                add(.syntaxErrorLocation, describe(theirs), describe(ours))
            }
            if !sameMessage(graphQLCore: theirs.message, ours: ours.message, usedWording: &usedWording) {
                add(.syntaxErrorMessage, describe(theirs), describe(ours))
            }
        case (let theirs, let ours):
            add(.verdict, "syntax error " + describe(theirs) + "; " + describe(expected.errors),
                "syntax error " + describe(ours) + "; " + describe(got.errors))
        }
        return mismatches
    }
}
