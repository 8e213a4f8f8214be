import Synchronization

/// A GraphQL document's text, kept with a name so that errors and locations can point back
/// into it (spec §2.1 "Source Text").
///
/// Immutable after creation (the line table used for error positions is computed once,
/// under a `Mutex`), hence `Sendable`. The lexer scans the text's UTF-8 bytes in place
/// (the string is made contiguous once, which costs nothing for a native Swift string),
/// and every `Location` offset is a UTF-8 offset into them.
public final class Source: Sendable {
    /// The document text as given.
    public let body: String
    /// A label for the text (a file name, or "GraphQL request"); only used in diagnostics.
    public let name: String

    public init(_ body: String, name: String = "GraphQL request") {
        var body = body
        body.makeContiguousUTF8()
        self.body = body
        self.name = name
    }

    /// `body` as UTF-8 code units; `Location.start`/`end` are offsets into these.
    public var utf8: String.UTF8View { body.utf8 }

    /// Runs `work` over the UTF-8 bytes of `body`, in place (no copy).
    func withUTF8<R, Failure: Error>(
        _ work: (UnsafeBufferPointer<UInt8>) throws(Failure) -> R
    ) throws(Failure) -> R {
        let result = body.utf8.withContiguousStorageIfAvailable { bytes -> Result<R, Failure> in
            do throws(Failure) {
                return .success(try work(bytes))
            } catch {
                return .failure(error)
            }
        }
        // `init` made the string contiguous, so the storage is always available.
        return try result.unsafelyUnwrapped.get()
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
        let starts = lineStarts()
        return withUTF8 { (utf8) -> SourceLocation in
            let offset = min(max(offset, 0), utf8.count)
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
    }

    private func lineStarts() -> [Int] {
        lineStartsCache.withLock { cache in
            if let cache { return cache }
            let starts = withUTF8 { (utf8) -> [Int] in
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
                return starts
            }
            cache = starts
            return starts
        }
    }
}
