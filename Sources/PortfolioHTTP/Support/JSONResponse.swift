import Hummingbird
import HTTPTypes
import NIOCore

/// Builds JSON responses from bytes the engine already serialized, so no body is encoded
/// twice and no `Codable` round trip reorders keys.
enum JSONResponse {
    static func make(
        status: HTTPResponse.Status, contentType: String = "application/json; charset=utf-8",
        bytes: [UInt8], headers extra: HTTPFields = [:]
    ) -> Response {
        var headers = extra
        headers[.contentType] = contentType
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func make(status: HTTPResponse.Status, body: String, headers: HTTPFields = [:]) -> Response {
        make(status: status, bytes: Array(body.utf8), headers: headers)
    }
}
