/// A minimal `multipart/form-data` reader (RFC 7578 over RFC 2046 §5.1) for uploads: the
/// body is already in memory (bounded by the route's size limit), split at the boundary
/// into parts with their `Content-Disposition` name/filename and `Content-Type`.
/// Only what form uploads use: no nested multiparts, no `filename*` (RFC 7578 §4.2 says
/// senders should not use it), no transfer encodings (§4.7: not used by form-data).
enum MultipartFormData {
    /// One part of the form.
    struct Part: Sendable, Equatable {
        /// The `name` parameter of `Content-Disposition: form-data`.
        let name: String
        /// The `filename` parameter; nil for a plain field.
        let filename: String?
        /// The part's `Content-Type`; nil when absent (RFC 7578 §4.4: text/plain then).
        let contentType: String?
        let body: [UInt8]

        /// The body as UTF-8 text (a plain field's value).
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why a body could not be read as a form.
    struct Malformed: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    /// The `boundary` parameter of a `multipart/form-data` content type; nil when the type is
    /// something else or the boundary is missing or longer than RFC 2046's 70 characters.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters() }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// The parts of `body` delimited by `boundary`.
    static func parse(_ body: [UInt8], boundary: String) throws(Malformed) -> [Part] {
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        // The first delimiter may open the body or follow a preamble ending in CRLF.
        guard var position = find(delimiter, in: body, from: 0) else {
            throw Malformed(description: "The body has no multipart boundary.")
        }
        if position != 0 {
            guard position >= 2, Array(body[(position - 2)..<position]) == crlf else {
                throw Malformed(description: "The multipart boundary is not at a line start.")
            }
        }
        var parts: [Part] = []
        let nextDelimiter = crlf + delimiter
        while true {
            position += delimiter.count
            // `--` after the delimiter closes the multipart.
            if position + 1 < body.count, body[position] == 45, body[position + 1] == 45 { return parts }
            // Optional linear whitespace (transport padding), then CRLF.
            while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }
            guard position + 1 < body.count, body[position] == 13, body[position + 1] == 10 else {
                throw Malformed(description: "The multipart body ends without its closing boundary.")
            }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: position) else {
                throw Malformed(description: "A multipart part has no end of headers.")
            }
            let headerText = headerEnd > position ? String(decoding: body[position..<headerEnd], as: UTF8.self) : ""
            let contentStart = headerEnd + 4
            guard let end = find(nextDelimiter, in: body, from: contentStart) else {
                throw Malformed(description: "The multipart body ends without its closing boundary.")
            }
            let content = end > contentStart ? Array(body[contentStart..<end]) : []
            parts.append(try part(headers: headerText, body: content))
            position = end + 2
        }
    }

    private static func part(headers: String, body: [UInt8]) throws(Malformed) -> Part {
        var disposition: String?
        var contentType: String?
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { throw Malformed(description: "A multipart header line has no colon.") }
            switch pair[0].trimmingCharacters().lowercased() {
            case "content-disposition": disposition = pair[1].trimmingCharacters()
            case "content-type": contentType = pair[1].trimmingCharacters()
            default: continue
            }
        }
        guard let disposition else { throw Malformed(description: "A multipart part has no Content-Disposition.") }
        let parameters = dispositionParameters(disposition)
        guard parameters.type == "form-data", let name = parameters.values["name"] else {
            throw Malformed(description: "A multipart part is not form-data with a name.")
        }
        return Part(name: name, filename: parameters.values["filename"], contentType: contentType, body: body)
    }

    /// `form-data; name="x"; filename="a b.pdf"` → type and parameters (quoted strings with
    /// `\"` and `\\` escapes, other backslashes literal; names case-folded).
    static func dispositionParameters(_ header: String) -> (type: String, values: [String: String]) {
        var scalars = Substring(header)
        func skipSpaces() { while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() } }
        func token() -> String {
            var out = ""
            while let c = scalars.first, c != ";", c != "=" { out.append(c); scalars.removeFirst() }
            return Substring(out).trimmingCharacters()
        }
        let type = token().lowercased()
        var values: [String: String] = [:]
        while scalars.first == ";" {
            scalars.removeFirst()
            skipSpaces()
            let name = token().lowercased()
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            skipSpaces()
            var value = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let c = scalars.first {
                    scalars.removeFirst()
                    if c == "\"" { break }
                    // Only `\"` and `\\` are escapes: browsers send Windows paths raw.
                    if c == "\\", let escaped = scalars.first, escaped == "\"" || escaped == "\\" {
                        value.append(escaped)
                        scalars.removeFirst()
                        continue
                    }
                    value.append(c)
                }
                while let c = scalars.first, c != ";" { scalars.removeFirst() }
            } else {
                value = token()
            }
            if !name.isEmpty { values[name] = value }
        }
        return (type, values)
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = max(start, 0)
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                while index <= last {
                    if hay[index] == first {
                        var match = true
                        for offset in 1..<pin.count where hay[index + offset] != pin[offset] {
                            match = false
                            break
                        }
                        if match { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}

