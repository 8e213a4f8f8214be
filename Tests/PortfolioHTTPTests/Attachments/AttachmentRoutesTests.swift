import Foundation
import GraphQLEngine
import HTTPTypes
import Testing

/// `POST /attachments` and `GET /attachments/{id}`: storage by content hash, limits and
/// type checks that store nothing, roles, tenant scope and organization isolation; and the
/// GraphQL side (`Expense.attachments`, `deleteAttachment`).
@Suite struct AttachmentRoutesTests {
    static func expense(_ docs: DocumentsHarness, _ org: OrgFixture.Org) async throws -> String {
        let building = try await docs.building(org)
        let reply = try await docs.app.graphQL(
            ExpenseTests.create, variables: ["input": ExpenseTests.input(building)], as: org, "MANAGER")
        return try #require(reply.data?["createExpense"]?["id"]?.stringValue, "\(reply.text)")
    }

    @Test func uploadStoresByHashAndDownloadsWithHeaders() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let expense = try await Self.expense(docs, orgs.a)
            let first = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "C:\\scans\\réçu.png")
            #expect(first.status == .created, "\(first.text)")
            let id = try #require(first.json?["id"]?.stringValue)
            #expect(first.json?["filename"] == .string("réçu.png"))
            #expect(first.json?["sizeBytes"] == .int(Samples.png.count))
            #expect(first.headers[.location] == "/attachments/\(id)")

            // The same bytes again: a second row, one file on disk.
            let second = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "copy.png")
            #expect(second.status == .created)
            #expect(docs.storedFileCount() == 1)
            #expect(try await docs.app.count("SELECT COUNT(*) FROM attachments WHERE owner_id = ?", [UUID(uuidString: expense)]) == 2)

            let pdf = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "invoice.pdf", contentType: "application/pdf", bytes: Samples.pdf)
            #expect(pdf.status == .created)
            #expect(docs.storedFileCount() == 2)

            let download = try await docs.download(id, as: orgs.a, "STAFF")
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "image/png")
            #expect(Array(download.body.readableBytesView) == Samples.png)
            let disposition = try #require(download.headers[.contentDisposition])
            #expect(disposition.hasPrefix("inline; filename=\"r__u.png\""))
            #expect(disposition.contains("filename*=UTF-8''r%C3%A9%C3%A7u.png"))
            let pdfID = try #require(pdf.json?["id"]?.stringValue)
            #expect(try await docs.download(pdfID, as: orgs.a).headers[.contentDisposition]?.hasPrefix("attachment;") == true)

            let listed = try await docs.app.graphQL(
                "query($id: ID!) { expense(id: $id) { attachments { id filename contentType sizeBytes downloadUrl } } }",
                variables: ["id": .string(expense)], as: orgs.a, "STAFF")
            let attachments = listed.data?["expense"]?["attachments"]?.listValue ?? []
            #expect(attachments.count == 3)
            #expect(attachments.first?["downloadUrl"] == .string("/attachments/\(id)"))
            #expect(attachments.first?["contentType"] == .string("image/png"))
        }
    }

    @Test func limitsAndTypesAreRefusedAndNothingIsStored() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let expense = try await Self.expense(docs, orgs.a)
            let big = Samples.pdf + [UInt8](repeating: 0x20, count: 10 * 1024 * 1024)
            let tooLarge = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "big.pdf", contentType: "application/pdf", bytes: big)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.errorCode == "PAYLOAD_TOO_LARGE")
            let html = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "x.html", contentType: "text/html", bytes: Array("<html>".utf8))
            #expect(html.status == .unsupportedMediaType)
            #expect(html.errorCode == "UNSUPPORTED_MEDIA_TYPE")
            let lying = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, filename: "fake.png", contentType: "image/png", bytes: Samples.pdf)
            #expect(lying.status == .unsupportedMediaType)
            let noType = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, contentType: nil)
            #expect(noType.status == .unsupportedMediaType)
            let empty = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense, bytes: [])
            #expect(empty.status == .badRequest)
            let badKind = try await docs.upload(orgs.a, kind: "LEASE", owner: expense)
            #expect(badKind.status == .badRequest)
            #expect(badKind.json?["errors"]?.listValue?.first?["extensions"]?["field"] == .string("ownerKind"))
            let noFile = try await docs.upload(orgs.a, "MANAGER", fields: [("ownerKind", "EXPENSE"), ("ownerId", expense)], file: nil)
            #expect(noFile.status == .badRequest)
            let valid = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense)
            #expect(valid.status == .created)
            let jsonBody = try await docs.upload(
                orgs.a, "MANAGER", fields: [("ownerKind", "EXPENSE")], file: nil, contentType: "application/json")
            #expect(jsonBody.status == .unsupportedMediaType)
            #expect(docs.storedFileCount() == 1)
            #expect(try await docs.app.count("SELECT COUNT(*) FROM attachments") == 1)
        }
    }

    @Test func rolesOrganizationsAndTenantScope() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let expenseA = try await Self.expense(docs, orgs.a)
            let expenseB = try await Self.expense(docs, orgs.b)
            let ownTenant = try await docs.tenant(orgs.a, userID: orgs.a.userID("TENANT"))
            let otherTenant = try await docs.tenant(orgs.a)

            // STAFF may not manage expenses, but may update tenants (photos, documents).
            #expect(try await docs.upload(orgs.a, "STAFF", kind: "EXPENSE", owner: expenseA).status == .forbidden)
            let photo = try await docs.upload(orgs.a, "STAFF", kind: "TENANT_PHOTO", owner: otherTenant, filename: "face.jpg", contentType: "image/jpeg", bytes: Samples.jpeg)
            #expect(photo.status == .created, "\(photo.text)")
            // Org B's owner with org A's credentials, or a malformed id: 404, nothing stored.
            let foreign = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expenseB)
            #expect(foreign.status == .notFound)
            #expect(foreign.errorCode == "NOT_FOUND")
            #expect(try await docs.upload(orgs.a, kind: "EXPENSE", owner: "zzz").status == .notFound)
            #expect(docs.storedFileCount() == 1)

            // A tenant uploads a document for their own tenant record only.
            let ownDoc = try await docs.upload(orgs.a, "TENANT", kind: "TENANT_DOCUMENT", owner: ownTenant, filename: "id.pdf", contentType: "application/pdf", bytes: Samples.pdf)
            #expect(ownDoc.status == .created, "\(ownDoc.text)")
            #expect(try await docs.upload(orgs.a, "TENANT", kind: "TENANT_DOCUMENT", owner: otherTenant).status == .notFound)
            #expect(try await docs.upload(orgs.a, "TENANT", kind: "EXPENSE", owner: expenseA).status == .forbidden)

            let expenseFile = try #require(try await docs.upload(orgs.a, kind: "EXPENSE", owner: expenseA).json?["id"]?.stringValue)
            let ownDocID = try #require(ownDoc.json?["id"]?.stringValue)
            let photoID = try #require(photo.json?["id"]?.stringValue)
            #expect(try await docs.download(ownDocID, as: orgs.a, "TENANT").status == .ok)
            #expect(try await docs.download(photoID, as: orgs.a, "TENANT").status == .notFound)
            #expect(try await docs.download(expenseFile, as: orgs.a, "TENANT").status == .forbidden)
            #expect(try await docs.download(expenseFile, as: orgs.b, "OWNER").status == .notFound)
            #expect(try await docs.download("not-an-id", as: orgs.a).status == .notFound)

            var anonymous = try await docs.app.client.execute(uri: "/attachments/\(expenseFile)", method: .get, headers: [:], body: nil)
            #expect(anonymous.status == .unauthorized)
            anonymous = try await docs.app.client.execute(uri: "/attachments", method: .post, headers: [.contentType: "multipart/form-data; boundary=x"], body: .init(string: "--x--\r\n"))
            #expect(anonymous.status == .unauthorized)

            // A new photo replaces the previous one.
            let newPhoto = try await docs.upload(orgs.a, "MANAGER", kind: "TENANT_PHOTO", owner: otherTenant)
            #expect(try await docs.app.count("SELECT COUNT(*) FROM attachments WHERE owner_kind = 'TENANT_PHOTO'") == 1)

            // Tenant.photo / Tenant.documents in GraphQL, in the tenant's own scope.
            let query = "query($id: ID!) { tenant(id: $id) { photo { id } documents { id filename } } }"
            let staffView = try await docs.app.graphQL(query, variables: ["id": .string(otherTenant)], as: orgs.a, "STAFF")
            #expect(staffView.data?["tenant"]?["photo"]?["id"] == newPhoto.json?["id"], "\(staffView.text)")
            #expect(staffView.data?["tenant"]?["documents"] == .list([]))
            let ownView = try await docs.app.graphQL(query, variables: ["id": .string(ownTenant)], as: orgs.a, "TENANT")
            #expect(ownView.data?["tenant"]?["photo"] == .null, "\(ownView.text)")
            #expect(ownView.data?["tenant"]?["documents"]?.listValue?.first?["filename"] == .string("id.pdf"))
        }
    }

    @Test func deleteAttachmentChecksTheOwnersPermission() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let expense = try await Self.expense(docs, orgs.a)
            let upload = try await docs.upload(orgs.a, kind: "EXPENSE", owner: expense)
            let id = try #require(upload.json?["id"]?.stringValue, "\(upload.text)")
            let mutation = "mutation($id: ID!) { deleteAttachment(id: $id) }"

            #expect(try await docs.app.graphQL(mutation, variables: ["id": .string(id)], as: orgs.a, "STAFF").code == "FORBIDDEN")
            #expect(try await docs.app.graphQL(mutation, variables: ["id": .string(id)], as: orgs.b, "OWNER").code == "NOT_FOUND")
            #expect(try await docs.app.count("SELECT COUNT(*) FROM attachments") == 1)
            let deleted = try await docs.app.graphQL(mutation, variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            #expect(deleted.data?["deleteAttachment"]?.stringValue == id)
            #expect(try await docs.app.count("SELECT COUNT(*) FROM attachments") == 0)
            #expect(try await docs.download(id, as: orgs.a).status == .notFound)
            #expect(try await docs.app.graphQL(mutation, variables: ["id": .string(id)], as: orgs.a, "MANAGER").code == "NOT_FOUND")
        }
    }
}
