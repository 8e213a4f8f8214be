import DatabaseTestSupport
import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MariaDB
import NIOCore
import PortfolioAPI
import PortfolioHTTP
import PortfolioRepositories

/// The identity harness with a private attachments directory (a fresh temporary folder per
/// test, removed afterwards), plus SQL inserts for the buildings, units and tenants the
/// expense and attachment tests hang their rows on.
struct DocumentsHarness: Sendable {
    let app: IdentityHarness
    let attachmentsDirectory: String

    static func run(_ body: @Sendable (DocumentsHarness) async throws -> Void) async throws {
        let directory = NSTemporaryDirectory() + "portfolio-attachments-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await TestDatabase.withPool { pool in
            try await MigrationRunner(
                pool: pool, migrations: try MigrationSource.load(from: TestApp.repositoryRoot + "/migrations"),
                logger: TestApp.logger
            ).up()
            let auth = AuthSettings(signingKey: IdentityHarness.signingKey, bcryptCost: 4, secureCookies: false, now: { Date() })
            let services = APIServices(pool: pool, auth: auth, isDatabaseReachable: { await pool.isHealthy() })
            let api = try TestApp.portfolioAPI(services: services)
            let router = buildRouter(
                api: api, services: services,
                settings: HTTPServerSettings(trustForwardedFor: true, attachmentsDirectory: directory))
            try await Application(router: router, logger: TestApp.logger).test(.router) { client in
                try await body(DocumentsHarness(app: IdentityHarness(client: client, pool: pool, auth: auth), attachmentsDirectory: directory))
            }
        }
    }

    /// A building of `orgID`; returns its id.
    func building(_ org: OrgFixture.Org, code: String = "B\(Int.random(in: 1000...9999))") async throws -> String {
        let id = UUID()
        try await app.pool.execute(
            "INSERT INTO buildings (id, org_id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
            [id, UUID(uuidString: org.id), code, "Building \(code)"])
        return id.uuidString.lowercased()
    }

    /// A unit of `buildingID`; returns its id.
    func unit(_ org: OrgFixture.Org, building buildingID: String, label: String = "U\(Int.random(in: 1000...9999))") async throws -> String {
        let id = UUID()
        try await app.pool.execute(
            "INSERT INTO units (id, org_id, building_id, label, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
            [id, UUID(uuidString: org.id), UUID(uuidString: buildingID), label])
        return id.uuidString.lowercased()
    }

    /// A tenant of `org`, linked to `userID` when given; returns its id.
    func tenant(_ org: OrgFixture.Org, userID: String? = nil) async throws -> String {
        let id = UUID()
        try await app.pool.execute(
            "INSERT INTO tenants (id, org_id, user_id, full_name, created_at, updated_at) VALUES (?, ?, ?, 'Tenant Person', NOW(6), NOW(6))",
            [id, UUID(uuidString: org.id), userID.flatMap(UUID.init(uuidString:))])
        return id.uuidString.lowercased()
    }

    /// How many files the attachments directory holds (temporary ones included).
    func storedFileCount() -> Int {
        guard let walker = FileManager.default.enumerator(atPath: attachmentsDirectory) else { return 0 }
        var count = 0
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: attachmentsDirectory + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                count += 1
            }
        }
        return count
    }

    /// `POST /attachments` as a browser form would send it. `fields` are plain parts in
    /// order; the file part is left out when `file` is nil.
    func upload(
        _ org: OrgFixture.Org, _ role: String, fields: [(String, String)],
        file: (filename: String, contentType: String?, bytes: [UInt8])?, contentType: String? = nil
    ) async throws -> TestResponse {
        let boundary = "----DocumentsTestBoundary\(UUID().uuidString.prefix(8))"
        var body: [UInt8] = []
        func line(_ text: String) { body += Array((text + "\r\n").utf8) }
        for (name, value) in fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(name)\"")
            line("")
            line(value)
        }
        if let file {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"file\"; filename=\"\(file.filename)\"")
            if let type = file.contentType { line("Content-Type: \(type)") }
            line("")
            body += file.bytes
            line("")
        }
        line("--\(boundary)--")
        var headers: HTTPFields = [.contentType: contentType ?? "multipart/form-data; boundary=\(boundary)"]
        headers[.authorization] = "Bearer \(org.token(role))"
        headers[HTTPField.Name("X-Org-Id")!] = org.id
        return try await app.client.execute(uri: "/attachments", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// `POST /attachments` of `bytes` for an owner.
    func upload(
        _ org: OrgFixture.Org, _ role: String = "MANAGER", kind: String, owner: String,
        filename: String = "receipt.png", contentType: String? = "image/png", bytes: [UInt8] = Samples.png
    ) async throws -> TestResponse {
        try await upload(org, role, fields: [("ownerKind", kind), ("ownerId", owner)], file: (filename, contentType, bytes))
    }

    /// `GET /attachments/{id}` as `role` of `org`.
    func download(_ id: String, as org: OrgFixture.Org, _ role: String = "MANAGER") async throws -> TestResponse {
        var headers: HTTPFields = [:]
        headers[.authorization] = "Bearer \(org.token(role))"
        headers[HTTPField.Name("X-Org-Id")!] = org.id
        return try await app.client.execute(uri: "/attachments/\(id)", method: .get, headers: headers, body: nil)
    }
}

/// Small files with real signatures.
enum Samples {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("tiny png body".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("tiny jpeg body".utf8)
    static let pdf: [UInt8] = Array("%PDF-1.7\n% receipt\n%%EOF\n".utf8)
}

extension TestResponse {
    /// `extensions.code` of the first error of a JSON error body.
    var errorCode: String? { json?["errors"]?.listValue?.first?["extensions"]?["code"]?.stringValue }
}
