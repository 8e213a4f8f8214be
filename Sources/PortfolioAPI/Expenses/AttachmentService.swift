import Foundation
import GraphQLEngine
import Logging
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// An attachment as the HTTP edge answers it: metadata after an upload, plus the bytes for
/// a download.
public struct AttachmentFile: Sendable {
    public let id: String
    public let filename: String
    public let contentType: String
    public let sizeBytes: Int64
    public let createdAt: Date
    /// `/attachments/{id}`.
    public let downloadURL: String
    /// The content; empty in an upload's answer.
    public let bytes: Data
}

/// Upload and download of attachment files, for the HTTP edge (`POST /attachments`,
/// `GET /attachments/{id}`). Credentials are verified exactly as for /graphql
/// (`Authenticator`), and the same permission matrix decides: EXPENSES_MANAGE to attach to
/// an expense and EXPENSES_READ to download it, TENANTS_UPDATE to attach a tenant's photo or
/// document and TENANTS_READ to download it (a TENANT only for a tenant linked to them).
public struct AttachmentService: Sendable {
    /// Largest accepted file (the whole multipart body may be slightly larger).
    public static let defaultMaxFileBytes = 10 * 1024 * 1024

    let services: APIServices
    let store: AttachmentStore
    let logger: Logger
    public let maxFileBytes: Int

    /// - Parameter directory: where files are stored by content hash (created on first upload).
    public init(services: APIServices, directory: String, maxFileBytes: Int = defaultMaxFileBytes, logger: Logger) {
        self.services = services
        self.store = AttachmentStore(root: directory)
        self.maxFileBytes = maxFileBytes
        self.logger = logger
    }

    /// The GraphQL-facing path of an attachment's bytes.
    static func downloadPath(_ id: String) -> String { "/attachments/\(id)" }

    /// Stores `bytes` for the owner and records the metadata. Checks, in order: the viewer,
    /// the form fields, the size and type (415 when the declared type is not allowed or the
    /// bytes do not match it), the owner in the organization; only then is the file written
    /// (to a temporary name, renamed into place) and the row inserted. A refused upload
    /// stores nothing.
    public func upload(
        credentials: RequestCredentials, requestID: String, ownerKind: String?, ownerID: String?,
        filename: String?, contentType: String?, bytes: [UInt8]
    ) async -> Result<AttachmentFile, AttachmentFailure> {
        do {
            let viewer = try await viewer(credentials, requestID: requestID)
            guard let kindText = ownerKind?.trimmingCharacters(in: .whitespaces), !kindText.isEmpty else {
                throw AttachmentFailure(.badRequest, "The form field ownerKind is required (EXPENSE, TENANT_PHOTO or TENANT_DOCUMENT).", field: "ownerKind")
            }
            guard let kind = AttachmentOwnerKind(rawValue: kindText.uppercased()) else {
                throw AttachmentFailure(.badRequest, "ownerKind must be EXPENSE, TENANT_PHOTO or TENANT_DOCUMENT.", field: "ownerKind")
            }
            guard let ownerText = ownerID?.trimmingCharacters(in: .whitespaces), !ownerText.isEmpty else {
                throw AttachmentFailure(.badRequest, "The form field ownerId is required.", field: "ownerId")
            }
            let scope = try Self.scope(viewer, kind == .expense ? .expensesManage : .tenantsUpdate)
            guard let filename else {
                throw AttachmentFailure(.badRequest, "The form field file (a file part with a filename) is required.", field: "file")
            }
            if bytes.isEmpty {
                throw AttachmentFailure(.badRequest, "The file is empty.", field: "file")
            }
            if bytes.count > maxFileBytes {
                throw AttachmentFailure(.tooLarge, "The file is larger than \(maxFileBytes) bytes.", field: "file")
            }
            guard let type = contentType.flatMap(AttachmentContentType.normalize) else {
                throw AttachmentFailure(
                    .unsupportedMediaType,
                    "Content type \(contentType ?? "(none)") is not allowed; use one of \(AttachmentContentType.allowed.joined(separator: ", ")).",
                    field: "file")
            }
            guard AttachmentContentType.matches(bytes, type: type) else {
                throw AttachmentFailure(.unsupportedMediaType, "The file's content is not \(type).", field: "file")
            }
            let name = Self.cleanFilename(filename)
            guard let owner = UUID(uuidString: ownerText) else { throw Self.ownerNotFound(kind) }
            let pool = try requirePool()
            guard try await pool.withConnection({ try await Self.ownerVisible(kind, owner, scope: scope, on: $0) }) else {
                throw Self.ownerNotFound(kind)
            }
            let stored = try store.store(bytes)
            let id = UUID()
            let record = try await pool.retryingDeadlocks { connection -> AttachmentRecord in
                guard try await Self.ownerVisible(kind, owner, scope: scope, lock: true, on: connection) else {
                    throw Self.ownerNotFound(kind)
                }
                try await AttachmentRepository.insert(
                    id: id, orgID: scope.orgID, kind: kind, ownerID: owner, stored: stored, filename: name,
                    contentType: type, now: Date(), on: connection)
                guard let record = try await AttachmentRepository.lock(id, orgID: scope.orgID, on: connection) else {
                    throw AttachmentFailure(.internalError, "The attachment was not recorded.")
                }
                return record
            }
            return .success(Self.file(record, bytes: Data()))
        } catch let failure as AttachmentFailure {
            return .failure(failure)
        } catch {
            logger.error("attachment upload failed", metadata: ["error": "\(error)", "requestId": "\(requestID)"])
            return .failure(AttachmentFailure(.internalError, "Internal server error (request id \(requestID))."))
        }
    }

    /// The attachment `id` with its bytes, when the viewer may read its owner: same
    /// organization, EXPENSES_READ or TENANTS_READ, and for a TENANT only their own
    /// tenant's files. Anything else is NOT_FOUND (FORBIDDEN when the role has no read
    /// permission for that kind at all).
    public func download(credentials: RequestCredentials, requestID: String, id: String) async -> Result<AttachmentFile, AttachmentFailure> {
        do {
            let viewer = try await viewer(credentials, requestID: requestID)
            let orgScope = try Self.scope(viewer, .orgRead)
            let pool = try requirePool()
            guard let found = try await pool.withConnection({
                try await RecordLookup.find(AttachmentRecord.self, id: id, scope: RecordScope(orgID: orgScope.orgID), on: $0)
            }) else {
                throw AttachmentFailure(.notFound, "Attachment not found.")
            }
            let scope = try Self.scope(viewer, found.ownerKind == .expense ? .expensesRead : .tenantsRead)
            if !scope.isWholeOrganization {
                let own = try await pool.withConnection { try await RecordLookup.find(AttachmentRecord.self, id: id, scope: scope, on: $0) }
                guard own != nil else { throw AttachmentFailure(.notFound, "Attachment not found.") }
            }
            guard let data = store.read(hash: found.contentHash) else {
                logger.error("attachment file missing", metadata: ["id": "\(found.id)", "hash": "\(found.contentHash)"])
                throw AttachmentFailure(.internalError, "The attachment's file is missing (request id \(requestID)).")
            }
            return .success(Self.file(found, bytes: data))
        } catch let failure as AttachmentFailure {
            return .failure(failure)
        } catch {
            logger.error("attachment download failed", metadata: ["error": "\(error)", "requestId": "\(requestID)"])
            return .failure(AttachmentFailure(.internalError, "Internal server error (request id \(requestID))."))
        }
    }

    // MARK: - Pieces

    func requirePool() throws -> MariaDBPool {
        guard let pool = services.pool else { throw AttachmentFailure(.internalError, "The server has no database.") }
        return pool
    }

    func viewer(_ credentials: RequestCredentials, requestID: String) async throws -> Viewer {
        switch await Authenticator.authenticate(credentials, services: services, requestID: requestID, logger: logger) {
        case .anonymous:
            throw AttachmentFailure(.unauthenticated, "You must be signed in.")
        case .rejected(let error):
            let code = error.extensions?["code"].flatMap { value -> String? in
                if case .string(let text) = value { return text }
                return nil
            }
            switch code {
            case "NOT_FOUND": throw AttachmentFailure(.notFound, error.message)
            case "INTERNAL_SERVER_ERROR": throw AttachmentFailure(.internalError, error.message)
            default: throw AttachmentFailure(.unauthenticated, error.message)
            }
        case .signedIn(let viewer):
            return viewer
        }
    }

    /// The record scope `permission` grants the viewer in the request's organization.
    static func scope(_ viewer: Viewer, _ permission: Permission) throws -> RecordScope {
        guard let role = viewer.role, let orgText = viewer.orgID, let orgID = UUID(uuidString: orgText) else {
            throw AttachmentFailure(.forbidden, "Choose an organization with the X-Org-Id header.")
        }
        switch PermissionMatrix.scope(role, permission) {
        case .all?:
            return RecordScope(orgID: orgID)
        case .ownTenantRecords?:
            guard let user = UUID(uuidString: viewer.userID) else { throw AttachmentFailure(.unauthenticated, "You must be signed in.") }
            return RecordScope(orgID: orgID, tenantUserID: user)
        case nil:
            throw AttachmentFailure(.forbidden, "Your role \(role.rawValue) does not allow \(permission.graphQLName).")
        }
    }

    /// Whether the owner row is in the scope: the organization, and for a tenant scope a
    /// tenant linked to the viewer.
    static func ownerVisible(
        _ kind: AttachmentOwnerKind, _ owner: UUID, scope: RecordScope, lock: Bool = false, on connection: MariaDBConnection
    ) async throws -> Bool {
        var sql = "SELECT id FROM \(kind.ownerTable) WHERE id = ? AND org_id = ?"
        var binds: [any MariaDBBindable] = [owner, scope.orgID]
        if let user = scope.tenantUserID {
            guard kind != .expense else { return false }
            sql += " AND user_id = ?"
            binds.append(user)
        }
        if lock { sql += " LOCK IN SHARE MODE" }
        return try await !connection.query(sql, binds).isEmpty
    }

    static func ownerNotFound(_ kind: AttachmentOwnerKind) -> AttachmentFailure {
        AttachmentFailure(.notFound, kind == .expense ? "Expense not found." : "Tenant not found.", field: "ownerId")
    }

    /// The last path component of the client's file name, without control characters or
    /// quotes, at most 255 characters; "file" when nothing is left.
    static func cleanFilename(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\"" }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let name = cleaned.isEmpty || cleaned == "." || cleaned == ".." ? "file" : cleaned
        return String(name.prefix(255))
    }

    static func file(_ record: AttachmentRecord, bytes: Data) -> AttachmentFile {
        AttachmentFile(
            id: record.id, filename: record.filename, contentType: record.contentType, sizeBytes: record.sizeBytes,
            createdAt: record.createdAt, downloadURL: downloadPath(record.id), bytes: bytes)
    }
}
