import Synchronization

/// A GraphQL document's text, kept with a name so that errors and locations can point back
/// into it (spec §2.1 "Source Text").
///
/// Immutable after creation (the line table used for error positions is computed once,
/// under a `Mutex`), hence `Sendable`. The UTF-8 bytes are kept alongside the
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

    /// Byte offsets at which lines start, computed on the first `location(of:)` call (only
    /// errors need it, so parsing never pays for it).
    private let lineStartsCache = Mutex<[Int]?>(nil)

    /// The 1-based line and column of a UTF-8 byte offset.
    ///
    /// Lines end at "\n", "\r\n" or a lone "\r" (spec §2.1.2); columns count Unicode scalar
    /// values, so a multi-byte character advances the column by one. Offsets past the end
    /// are clamped to the end. Cost: a binary search plus a scan of the line, so reporting
    /// many errors in a large document stays cheap.
    public func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), utf8.count)
        let starts = lineStarts()
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = starts[low]
        while index < offset {
            // Count only the first byte of each scalar (continuation bytes are 10xxxxxx).
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    private func lineStarts() -> [Int] {
        lineStartsCache.withLock { cache in
            if let cache { return cache }
            var starts = [0]
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count && utf8[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            cache = starts
            return starts
        }
    }
}
