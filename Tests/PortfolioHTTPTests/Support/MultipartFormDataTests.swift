@testable import PortfolioHTTP
import Testing

/// The RFC 7578 reader: boundaries, parameters, binary bodies, malformed input.
@Suite struct MultipartFormDataTests {
    @Test func boundaryFromContentType() {
        #expect(MultipartFormData.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartFormData.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartFormData.boundary(contentType: "multipart/mixed; boundary=abc") == nil)
        #expect(MultipartFormData.boundary(contentType: "multipart/form-data") == nil)
        #expect(MultipartFormData.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test func partsWithFieldsAndBinaryFile() throws {
        let binary: [UInt8] = [0, 13, 10, 45, 45, 255, 13, 10]
        var body = Array("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"ownerKind\"\r\n\r\nEXPENSE\r\n".utf8)
        body += Array("--XyZ\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a \\\"q\\\".png\"\r\nContent-Type: image/png\r\n\r\n".utf8)
        body += binary
        body += Array("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--XyZ--\r\nepilogue".utf8)
        let parts = try MultipartFormData.parse(body, boundary: "XyZ")
        #expect(parts.map(\.name) == ["ownerKind", "file", "empty"])
        #expect(parts[0].text == "EXPENSE")
        #expect(parts[0].filename == nil)
        #expect(parts[1].filename == "a \"q\".png")
        #expect(parts[1].contentType == "image/png")
        #expect(parts[1].body == binary)
        #expect(parts[2].body.isEmpty)
    }

    @Test func malformedBodiesAreRefused() {
        func fails(_ text: String) -> Bool {
            (try? MultipartFormData.parse(Array(text.utf8), boundary: "b")) == nil
        }
        #expect(fails("no boundary at all"))
        #expect(fails("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue"))
        #expect(fails("--b\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--b--"))
        #expect(fails("--b\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nvalue\r\n--b--"))
        #expect(fails("--b\r\nContent-Disposition: form-data; name=\"x\"\r\nvalue\r\n--b--"))
        #expect(!fails("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue\r\n--b--"))
    }
}
