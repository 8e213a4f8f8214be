/// A GraphQL document's text, kept with a name so that errors and locations can point back
/// into it (spec §2.1 "Source Text").
///
/// Immutable after creation, hence `Sendable`. The UTF-8 bytes are kept alongside the
/// `String` because the lexer scans bytes, and every `Location` offset is a UTF-8 offset.
public final class Source: Sendable {
    /// The document text as given.
    public let body: String
    /// A label for the text (a file name, or "GraphQL request"); only used in diagnostics.
    public let name: String
    /// `body` as UTF-8 bytes; `Location.start`/`end` index into this array.
    public let utf8: [UInt8]

    public init(_ body: String, name: String = "GraphQL request") {
        self.body = body
        self.name = name
        self.utf8 = Array(body.utf8)
    }

    /// The 1-based line and column of a UTF-8 byte offset.
    ///
    /// Lines end at "\n", "\r\n" or a lone "\r" (spec §2.1.2); columns count Unicode scalar
    /// values, so a multi-byte character advances the column by one. Offsets past the end
    /// are clamped to the end. This scans from the start, which is fine: it is only called
    /// to report errors.
    public func location(of offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), utf8.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = utf8[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if index + 1 < utf8.count && utf8[index + 1] == 0x0A {
                    index += 1
                    if index >= end { break }
                }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count only the first byte of each scalar (continuation bytes are 10xxxxxx).
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
