import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore
import PortfolioAPI

/// `POST /attachments` (multipart/form-data upload) and `GET /attachments/{id}` (download),
/// authenticated with the same credentials as /graphql (`Authorization: Bearer` or the
/// session cookie, `X-Org-Id`). Errors are JSON with the GraphQL error shape
/// (`{"errors":[{"message", "extensions":{"code"}}]}`) and a matching status: 400, 401,
/// 403, 404, 413, 415. See docs/api/invoicing-expenses.md.
///
/// Upload form fields: `ownerKind` (EXPENSE, TENANT_PHOTO or TENANT_DOCUMENT), `ownerId`,
/// and `file` (a file part with a filename and a Content-Type). One endpoint for every kind
/// of owner keeps a single code path for limits and storage.
public struct AttachmentRoutes: Sendable {
    public let service: AttachmentService
    public let credentials: CredentialExtractor
    /// Room for the multipart framing and the two small fields around the file.
    static let formOverheadBytes = 64 * 1024

    public init(service: AttachmentService, credentials: CredentialExtractor = CredentialExtractor()) {
        self.service = service
        self.credentials = credentials
    }

    public func register(on router: Router<PortfolioRequestContext>) {
        router.post("/attachments") { request, context in await upload(request, context) }
        router.get("/attachments/:id") { request, context in await download(request, context) }
    }

    func upload(_ request: Request, _ context: PortfolioRequestContext) async -> Response {
        guard let contentType = request.headers[.contentType], let boundary = MultipartFormData.boundary(contentType: contentType) else {
            return Self.error(AttachmentFailure(.unsupportedMediaType, "POST /attachments needs Content-Type: multipart/form-data with a boundary."))
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: service.maxFileBytes + Self.formOverheadBytes)
        } catch {
            return Self.error(AttachmentFailure(.tooLarge, "The file is larger than \(service.maxFileBytes) bytes.", field: "file"))
        }
        let parts: [MultipartFormData.Part]
        do {
            parts = try MultipartFormData.parse(Array(body.readableBytesView), boundary: boundary)
        } catch {
            return Self.error(AttachmentFailure(.badRequest, error.description))
        }
        let file = parts.first { $0.name == "file" && $0.filename != nil }
        let outcome = await service.upload(
            credentials: credentials.extract(from: request, context: context), requestID: context.requestID,
            ownerKind: parts.first { $0.name == "ownerKind" }?.text, ownerID: parts.first { $0.name == "ownerId" }?.text,
            filename: file?.filename, contentType: file?.contentType, bytes: file?.body ?? [])
        switch outcome {
        case .failure(let failure):
            return Self.error(failure)
        case .success(let stored):
            let json: Value = .object([
                "id": .string(stored.id), "filename": .string(stored.filename), "contentType": .string(stored.contentType),
                "sizeBytes": .int(Int(stored.sizeBytes)), "downloadUrl": .string(stored.downloadURL),
            ])
            return JSONResponse.make(
                status: .created, bytes: JSONWriter.serialize(json), headers: [.location: stored.downloadURL])
        }
    }

    func download(_ request: Request, _ context: PortfolioRequestContext) async -> Response {
        let id = context.parameters.get("id") ?? ""
        let outcome = await service.download(
            credentials: credentials.extract(from: request, context: context), requestID: context.requestID, id: id)
        switch outcome {
        case .failure(let failure):
            return Self.error(failure)
        case .success(let file):
            var headers: HTTPFields = [:]
            headers[.contentType] = file.contentType
            headers[.contentLength] = String(file.bytes.count)
            headers[.contentDisposition] = Self.contentDisposition(file.filename, inline: file.contentType != "application/pdf")
            headers[.cacheControl] = "private, no-store"
            headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }

    /// `inline` for images, `attachment` for PDFs, with an ASCII `filename` fallback and the
    /// exact name as RFC 5987 `filename*` (RFC 6266 §4.3).
    static func contentDisposition(_ filename: String, inline: Bool) -> String {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .init(charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")) ?? ascii
        return "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    static func status(_ kind: AttachmentFailure.Kind) -> HTTPResponse.Status {
        switch kind {
        case .unauthenticated: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .internalError: .internalServerError
        }
    }

    /// The JSON error body: one GraphQL-style error with `extensions.code` (and `field` when
    /// a form field is at fault).
    static func error(_ failure: AttachmentFailure) -> Response {
        var extensions: ObjectValue = ["code": .string(failure.code)]
        if let field = failure.field { extensions["field"] = .string(field) }
        let result = ExecutionResult.requestErrors([GraphQLError(failure.message, extensions: extensions)])
        return JSONResponse.make(status: status(failure.kind), bytes: result.jsonBytes())
    }
}
