import Hummingbird
import HTTPTypes

/// Gives every request an id — the client's `X-Request-Id` when it is well-formed, a fresh
/// random one otherwise — puts it on every log line of the request and on the response,
/// including error responses, so a report from a client can be matched to the server's logs.
public struct RequestIDMiddleware: RouterMiddleware {
    public typealias Context = PortfolioRequestContext

    public static let headerName = HTTPField.Name("X-Request-Id")!

    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = request.headers[Self.headerName].flatMap(Self.acceptable) ?? Self.generate()
        context.requestID = id
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            response = JSONResponse.make(
                status: .internalServerError,
                body: #"{"errors":[{"message":"Internal server error (request id \#(id)).","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#)
        }
        response.headers[Self.headerName] = id
        return response
    }

    /// A client id is kept when it is 1–128 characters of `A–Z a–z 0–9 - _ . :`; anything
    /// else (which could forge log lines) is replaced.
    static func acceptable(_ value: String) -> String? {
        guard (1...128).contains(value.utf8.count) else { return nil }
        let allowed = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
        }
        return allowed ? value : nil
    }

    /// 128 random bits as 32 lower-case hex digits.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
