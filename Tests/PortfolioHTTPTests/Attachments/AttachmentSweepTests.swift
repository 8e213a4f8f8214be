import Foundation
import GraphQLEngine
import PortfolioRepositories
import Testing

/// `AttachmentSweep`: files no attachment row refers to are removed once older than the grace
/// period; shared content, fresh files, unknown files and referenced files stay.
@Suite struct AttachmentSweepTests {
    static let delete = "mutation($id: ID!) { deleteAttachment(id: $id) }"

    @Test func removesOnlyOldUnreferencedFiles() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let first = try await AttachmentRoutesTests.expense(docs, orgs.a)
            let second = try await AttachmentRoutesTests.expense(docs, orgs.a)
            // PNG content on both expenses (one file), PDF content on the first only.
            let png1 = try #require(try await docs.upload(orgs.a, kind: "EXPENSE", owner: first).json?["id"]?.stringValue)
            _ = try #require(try await docs.upload(orgs.a, kind: "EXPENSE", owner: second).json?["id"]?.stringValue)
            let pdf = try #require(try await docs.upload(
                orgs.a, kind: "EXPENSE", owner: first, filename: "bill.pdf", contentType: "application/pdf", bytes: Samples.pdf
            ).json?["id"]?.stringValue)
            // An abandoned temporary file and a file the store does not own.
            let root = docs.attachmentsDirectory
            try Data("partial".utf8).write(to: URL(fileURLWithPath: root + "/tmp/abandoned"))
            try Data("notes".utf8).write(to: URL(fileURLWithPath: root + "/README"))
            #expect(docs.storedFileCount() == 4)

            // The PDF's only row and one of the two PNG rows go.
            for id in [pdf, png1] {
                let reply = try await docs.app.graphQL(Self.delete, variables: ["id": .string(id)], as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
            }
            let store = AttachmentStore(root: root)
            let sweep = AttachmentSweep(store: store, gracePeriod: 3600, batchSize: 1)

            // Everything is fresh: nothing goes.
            let fresh = try await sweep.run(pool: docs.app.pool)
            #expect(fresh == AttachmentSweep.Summary(contentFiles: 2, removedFiles: 0, removedTemporaryFiles: 0, freedBytes: 0))
            #expect(docs.storedFileCount() == 4)

            // Two hours later: a dry run reports, removes nothing.
            let later = Date().addingTimeInterval(7200)
            let expected = AttachmentSweep.Summary(
                contentFiles: 2, removedFiles: 1, removedTemporaryFiles: 1, freedBytes: Int64(Samples.pdf.count + "partial".utf8.count))
            #expect(try await sweep.run(pool: docs.app.pool, now: later, dryRun: true) == expected)
            #expect(docs.storedFileCount() == 4)

            // The real run removes the PDF and the temporary file; the shared PNG and README stay.
            #expect(try await sweep.run(pool: docs.app.pool, now: later) == expected)
            #expect(docs.storedFileCount() == 2)
            #expect(FileManager.default.fileExists(atPath: root + "/README"))
            let remaining = try store.files().compactMap(\.hash)
            #expect(remaining.count == 1)
            let pngRow = try #require(try await docs.app.graphQL(
                "query($id: ID!) { expense(id: $id) { attachments { id } } }", variables: ["id": .string(second)], as: orgs.a, "MANAGER"
            ).data?["expense"]?["attachments"]?.listValue?.first?["id"]?.stringValue)
            #expect(try await docs.download(pngRow, as: orgs.a).status == .ok)

            // The same PDF uploaded again is stored again and downloads.
            let again = try #require(try await docs.upload(
                orgs.a, kind: "EXPENSE", owner: second, filename: "bill.pdf", contentType: "application/pdf", bytes: Samples.pdf
            ).json?["id"]?.stringValue)
            #expect(Array(try await docs.download(again, as: orgs.a).body.readableBytesView) == Samples.pdf)
        }
    }

    @Test func anUploadOfExistingContentRefreshesTheFileSoASweepKeepsIt() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let expense = try await AttachmentRoutesTests.expense(docs, orgs.a)
            let store = AttachmentStore(root: docs.attachmentsDirectory)
            // Content stored long ago whose row is gone (say a failed insert) ...
            let stored = try store.store(Samples.jpeg)
            let path = store.path(forHash: stored.hashHex)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7 * 86_400)], ofItemAtPath: path)
            // ... is uploaded again: the file is fresh, so a sweep now keeps it.
            let upload = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "p.jpg", contentType: "image/jpeg",
                                               bytes: Samples.jpeg)
            #expect(upload.status == .created, "\(upload.text)")
            let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
            #expect(modified > Date().addingTimeInterval(-600))
            let summary = try await AttachmentSweep(store: store, gracePeriod: 3600).run(pool: docs.app.pool)
            #expect(summary.removedFiles == 0)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }
}
