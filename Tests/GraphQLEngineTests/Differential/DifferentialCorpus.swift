import Foundation

/// One document of the differential corpus, with a stable id for reports and for the
/// named exceptions of `KnownDeviations`.
struct CorpusDocument: Sendable {
    var id: String
    var text: String
}

/// The corpus: the hand-written documents of Corpus/handwritten.graphql (one per
/// `#### name` header: valid documents, one or more for every validation rule, and many
/// syntax errors), their CRLF / CR / byte-order-mark variants, plus the mutants
/// `CorpusMutator` derives from the valid ones.
enum DifferentialCorpus {
    /// The SDL of the test schema (Corpus/schema.graphql).
    static func schemaSDL() throws -> String {
        try RepositoryFiles.read(RepositoryFiles.corpus.appendingPathComponent("schema.graphql"))
    }

    static func handwritten() throws -> [CorpusDocument] {
        let text = try RepositoryFiles.read(RepositoryFiles.corpus.appendingPathComponent("handwritten.graphql"))
        var documents: [CorpusDocument] = []
        var current: CorpusDocument?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#### ") {
                if let done = current { documents.append(done) }
                current = CorpusDocument(id: String(line.dropFirst(5)), text: "")
            } else if current != nil {
                current!.text += current!.text.isEmpty && !line.isEmpty ? String(line) : "\n" + line
            }
        }
        if let done = current { documents.append(done) }
        return documents
    }

    /// Hand-written documents, then `mutantsPerSeed` mutants of each valid seed
    /// (documents whose id starts with `valid-`), duplicates removed.
    static func all(mutantsPerSeed: Int = 80) throws -> [CorpusDocument] {
        let written = try handwritten()
        var seen = Set(written.map(\.text))
        var documents = written
        // Line-terminator and byte-order-mark variants of the hand-written documents:
        // locations must count lines (\r\n, \r) and columns (a BOM) the same way.
        for document in written {
            for (suffix, text) in [
                ("crlf", document.text.replacingOccurrences(of: "\n", with: "\r\n")),
                ("cr", document.text.replacingOccurrences(of: "\n", with: "\r")),
                ("bom", "\u{FEFF}" + document.text),
            ] where seen.insert(text).inserted {
                documents.append(CorpusDocument(id: "\(document.id)@\(suffix)", text: text))
            }
        }
        for seed in written where seed.id.hasPrefix("valid-") {
            var mutator = CorpusMutator(seed: seed.text, randomSeed: UInt64(truncatingIfNeeded: stableHash(seed.id)))
            var produced = 0
            var attempts = 0
            while produced < mutantsPerSeed, attempts < mutantsPerSeed * 4 {
                attempts += 1
                let (kind, text) = mutator.next()
                guard seen.insert(text).inserted else { continue }
                documents.append(CorpusDocument(id: "\(seed.id)~\(produced)-\(kind)", text: text))
                produced += 1
            }
        }
        return documents
    }

    /// FNV-1a: a hash that is the same on every run (Swift's `Hasher` is seeded per process).
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
