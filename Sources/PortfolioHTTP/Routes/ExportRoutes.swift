import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortfolioAPI
import PortfolioRepositories

/// `GET /exports/year-end.csv?year=YYYY`: the year's charges, payments and expenses of the
/// request's organization as RFC 4180 CSV (`text/csv`, CRLF line ends, header row).
/// Authenticated like `/graphql` (bearer token or session cookie, `X-Org-Id`) and allowed
/// to roles with `reportsRead`. The body is streamed: rows are read 1,000 at a time and
/// written as they come, so memory does not grow with the row count.
public struct ExportRoutes: Sendable {
    public let endpoint: GraphQLEndpoint
    public let credentials: CredentialExtractor
    /// Rows read per query while streaming.
    public let chunkSize: Int

    public init(endpoint: GraphQLEndpoint, credentials: CredentialExtractor = CredentialExtractor(), chunkSize: Int = 1_000) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.chunkSize = chunkSize
    }

    public func register(on router: Router<PortfolioRequestContext>) {
        router.get("/exports/year-end.csv") { request, context in await yearEnd(request, context) }
    }

    func yearEnd(_ request: Request, _ context: PortfolioRequestContext) async -> Response {
        guard let text = request.uri.queryParameters["year"], let year = Int(text), (1900...9999).contains(year) else {
            return GraphQLRoutes.transportError(.badRequest, "Give the year as ?year=YYYY.")
        }
        let grant: ReportGrant
        switch await endpoint.authorizeReports(
            credentials: credentials.extract(from: request, context: context), requestID: context.requestID)
        {
        case .success(let value):
            grant = value
        case .failure(.unauthenticated(let message)):
            return Self.error(.unauthorized, "UNAUTHENTICATED", message)
        case .failure(.forbidden(let message)):
            return Self.error(.forbidden, "FORBIDDEN", message)
        }
        let export = YearEndExport(orgID: grant.orgID, year: year, currency: grant.currency, chunkSize: chunkSize)
        let pool = grant.pool
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8; header=present"
        headers[.contentDisposition] = "attachment; filename=\"year-end-\(year).csv\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // Each chunk goes out before the next page is read: back-pressure from a slow
            // client pauses the reads instead of buffering the file.
            try await export.write(pool: pool) { chunk in
                try await writer.write(ByteBuffer(string: chunk))
            }
            try await writer.finish(nil)
        })
    }

    static func error(_ status: HTTPResponse.Status, _ code: String, _ message: String) -> Response {
        // The GraphQL-style error list every endpoint answers with, with the API's code.
        JSONResponse.make(status: status, body: "{\"errors\":[{\"message\":\(jsonString(message)),\"extensions\":{\"code\":\"\(code)\"}}]}")
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
