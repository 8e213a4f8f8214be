import Foundation
import GraphQLEngine
import Testing

/// The differential test of parsing and validation: every corpus document goes through
/// our engine and through graphql-core 3.2 (scripts/graphql_core_oracle.py), and both must
/// give the same verdict, the same number of errors, the same locations in the same order,
/// and the same messages (up to graphql-core's quoting), except for the named exceptions
/// of `KnownDeviations`.
@Suite("Differential: parse and validate against graphql-core")
struct DifferentialValidationTests {
    @Test("Hand-written and generated documents agree with graphql-core")
    func corpusAgreesWithGraphQLCore() throws {
        let documents = try DifferentialCorpus.all()
        let schema = try buildSchema(try DifferentialCorpus.schemaSDL())
        let answer: OracleValidateAnswer
        do {
            answer = try GraphQLCoreOracle.validate(schema: try DifferentialCorpus.schemaSDL(), documents: documents.map(\.text))
        } catch let error as OracleUnavailable {
            Issue.record(Comment(rawValue: error.description))
            return
        }

        var mismatches: [DifferentialMismatch] = []
        var usedWording = Set<String>()
        var statistics = (syntaxErrors: 0, invalid: 0, valid: 0)
        var crashes: [String] = []
        for (document, expected) in zip(documents, answer.results) {
            if let crash = expected.crash {
                // No reference verdict. Only documents named in `KnownDeviations.oracleCrashes`
                // may do this; our engine must still give an answer (it does, or the test crashes).
                crashes.append(document.id)
                if !KnownDeviations.oracleCrashes.contains(document.id) {
                    Issue.record(Comment(rawValue: "[\(document.id)] graphql-core crashed: \(crash)\n--- document ---\n\(document.text)\n---"))
                }
                _ = EngineVerdict(text: document.text, schema: schema)
                continue
            }
            if expected.syntaxError != nil {
                statistics.syntaxErrors += 1
            } else if expected.errors.isEmpty {
                statistics.valid += 1
            } else {
                statistics.invalid += 1
            }
            let got = EngineVerdict(text: document.text, schema: schema)
            mismatches += DifferentialComparison.compare(
                id: document.id, expected: expected, got: got, usedWording: &usedWording)
        }

        var usedExceptions = Set<Int>()
        let texts = Dictionary(documents.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for mismatch in mismatches {
            if let exception = KnownDeviations.documents.firstIndex(where: {
                $0.covers(mismatch.documentID) && $0.aspect == mismatch.aspect
            }) {
                usedExceptions.insert(exception)
                continue
            }
            Issue.record(Comment(rawValue: "\(mismatch)\n--- document ---\n\(texts[mismatch.documentID] ?? "")\n---"))
        }
        for (index, exception) in KnownDeviations.documents.enumerated() where !usedExceptions.contains(index) {
            Issue.record("Stale known deviation (no longer differs): [\(exception.documentID)] \(exception.aspect.rawValue)")
        }

        for id in KnownDeviations.oracleCrashes where !crashes.contains(id) {
            Issue.record("Stale oracle crash exception (graphql-core answers now): \(id)")
        }
        for difference in KnownDeviations.wording where !usedWording.contains(difference.name) {
            Issue.record("Stale wording difference (never needed): \(difference.name)")
        }
        print("Differential corpus (graphql-core \(answer.version)): \(documents.count) documents — "
            + "\(statistics.valid) valid, \(statistics.invalid) invalid, \(statistics.syntaxErrors) syntax errors; "
            + "\(mismatches.count) mismatch(es) (\(usedExceptions.count) named exceptions used), "
            + "\(crashes.count) graphql-core crash(es)")
        // The corpus must stay big and mixed, or the comparison proves little.
        #expect(documents.count >= 300)
        #expect(statistics.valid >= 20)
        #expect(statistics.invalid >= 100)
        #expect(statistics.syntaxErrors >= 50)
    }

    @Test("graphql-core finds exactly the hand-written `valid-` documents valid")
    func handwrittenInvalidDocumentsAreInvalid() throws {
        let written = try DifferentialCorpus.handwritten()
        let answer = try GraphQLCoreOracle.validate(schema: try DifferentialCorpus.schemaSDL(), documents: written.map(\.text))
        for (document, verdict) in zip(written, answer.results) {
            let valid = verdict.syntaxError == nil && verdict.errors.isEmpty
            let meantValid = document.id.hasPrefix("valid-")
            #expect(valid == meantValid, "\(document.id): graphql-core says \(valid ? "valid" : "invalid")")
        }
    }

    @Test("The mutator is deterministic")
    func mutatorIsDeterministic() throws {
        let first = try DifferentialCorpus.all(mutantsPerSeed: 10).map(\.text)
        let second = try DifferentialCorpus.all(mutantsPerSeed: 10).map(\.text)
        #expect(first == second)
        #expect(first.count > 50)
    }
}
