// The lexer (spec §2.1): turns UTF-8 bytes into tokens, skipping ignored tokens (§2.1.7).
//
// It scans raw bytes through an `UnsafeBufferPointer` that the caller keeps valid for the
// lexer's whole life (see `withLexer`); Strings are only built for token values. Error
// messages match graphql-js word for word.

/// Reads tokens one at a time from a source's UTF-8 bytes.
///
/// Not public: it borrows the bytes of its `Source` and must not outlive the
/// `withLexer(_:_:)` call that created it. Use `tokenize(_:)` for a token list.
struct Lexer {
    let source: Source
    let bytes: UnsafeBufferPointer<UInt8>
    /// The current token; `.sof` before the first `advance()`.
    private(set) var token: RawToken
    /// The decoded value of `token` when it is a string or block string.
    private(set) var tokenValue: String = ""
    /// The token after `token` when `lookahead()` has already read it.
    private var peeked: RawToken?
    private var peekedValue: String = ""
    /// The value of the string token `readToken` returned last.
    private var readValue: String = ""
    /// Reused buffer for string values that need unescaping or dedenting.
    private var scratch: [UInt8] = []

    init(source: Source, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
        self.token = RawToken(kind: .sof, start: 0, end: 0)
    }

    /// Moves to the next token and returns it. At the end it keeps returning `.eof`.
    @inline(__always)
    mutating func advance() throws(GraphQLError) -> RawToken {
        if let next = peeked {
            peeked = nil
            token = next
            if next.kind.hasValue { swap(&tokenValue, &peekedValue) }
        } else {
            token = try readToken(from: token.end)
            if token.kind.hasValue { swap(&tokenValue, &readValue) }
        }
        return token
    }

    /// The token after the current one, without consuming it.
    mutating func lookahead() throws(GraphQLError) -> RawToken {
        if let next = peeked { return next }
        if token.kind == .eof { return token }
        let next = try readToken(from: token.end)
        if next.kind.hasValue { swap(&peekedValue, &readValue) }
        peeked = next
        return next
    }

    /// The decoded value of a string token that is the current or the peeked token.
    func value(of token: RawToken) -> String {
        if token == self.token { return tokenValue }
        if token == peeked { return peekedValue }
        return ""
    }

    /// Text of the token's bytes, for names and numbers.
    @inline(__always)
    func text(_ token: RawToken) -> String {
        text(from: token.start, to: token.end)
    }

    @inline(__always)
    func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// True when `token` is a name spelled exactly `keyword` (ASCII).
    @inline(__always)
    func isName(_ token: RawToken, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let keywordBytes = keyword.utf8Start
        for offset in 0..<keyword.utf8CodeUnitCount where bytes[token.start + offset] != keywordBytes[offset] {
            return false
        }
        return true
    }

    /// How error messages describe a token: `Name "x"`, `"}"`, `<EOF>`.
    func describe(_ token: RawToken) -> String {
        switch token.kind {
        case .name, .int, .float:
            return "\(token.kind.rawValue) \"\(text(token))\""
        case .string, .blockString:
            return "\(token.kind.rawValue) \"\(value(of: token))\""
        default:
            return token.kind.errorDescription
        }
    }

    // MARK: - Reading tokens

    @inline(__always)
    private func byteAt(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func readToken(from position: Int) throws(GraphQLError) -> RawToken {
        let count = bytes.count
        var position = position
        while position < count {
            let byte = bytes[position]
            switch byte {
            case 0x20, 0x09, 0x2C, 0x0A, 0x0D: // space, tab, comma, LF, CR (§2.1.2-§2.1.5)
                position += 1
                // Indentation comes in runs of spaces: skip them without the switch.
                while position < count && bytes[position] == 0x20 {
                    position += 1
                }
            case 0xEF where position + 2 < count && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF:
                position += 3 // UnicodeBOM (§2.1.1), ignored anywhere between tokens
            case 0x23: // # comment, up to the line terminator (§2.1.4)
                position += 1
                while position < count, bytes[position] != 0x0A, bytes[position] != 0x0D {
                    position += 1
                }
            case 0x21: return RawToken(kind: .bang, start: position, end: position + 1)
            case 0x24: return RawToken(kind: .dollar, start: position, end: position + 1)
            case 0x26: return RawToken(kind: .amp, start: position, end: position + 1)
            case 0x28: return RawToken(kind: .parenL, start: position, end: position + 1)
            case 0x29: return RawToken(kind: .parenR, start: position, end: position + 1)
            case 0x3A: return RawToken(kind: .colon, start: position, end: position + 1)
            case 0x3D: return RawToken(kind: .equals, start: position, end: position + 1)
            case 0x40: return RawToken(kind: .at, start: position, end: position + 1)
            case 0x5B: return RawToken(kind: .bracketL, start: position, end: position + 1)
            case 0x5D: return RawToken(kind: .bracketR, start: position, end: position + 1)
            case 0x7B: return RawToken(kind: .braceL, start: position, end: position + 1)
            case 0x7C: return RawToken(kind: .pipe, start: position, end: position + 1)
            case 0x7D: return RawToken(kind: .braceR, start: position, end: position + 1)
            case 0x2E:
                if byteAt(position + 1) == 0x2E && byteAt(position + 2) == 0x2E {
                    return RawToken(kind: .spread, start: position, end: position + 3)
                }
                throw unexpectedCharacter(at: position)
            case 0x41...0x5A, 0x61...0x7A, 0x5F: // NameStart
                var end = position + 1
                while end < count, isNameContinue(bytes[end]) {
                    end += 1
                }
                return RawToken(kind: .name, start: position, end: end)
            case 0x30...0x39, 0x2D:
                return try readNumber(from: position)
            case 0x22:
                if byteAt(position + 1) == 0x22 && byteAt(position + 2) == 0x22 {
                    return try readBlockString(from: position)
                }
                return try readString(from: position)
            default:
                throw unexpectedCharacter(at: position)
            }
        }
        return RawToken(kind: .eof, start: count, end: count)
    }

    private func unexpectedCharacter(at position: Int) -> GraphQLError {
        if bytes[position] == 0x27 {
            return syntaxError(
                "Unexpected single quote character ('), did you mean to use a double quote (\")?",
                at: position)
        }
        return syntaxError("Unexpected character: \(describeCharacter(at: position)).", at: position)
    }

    // MARK: Numbers (§2.9.1, §2.9.2)

    private func readNumber(from start: Int) throws(GraphQLError) -> RawToken {
        var position = start
        var isFloat = false
        if bytes[position] == 0x2D { position += 1 } // NegativeSign
        if byteAt(position) == 0x30 {
            position += 1
            if let next = byteAt(position), isDigit(next) {
                throw syntaxError(
                    "Invalid number, unexpected digit after 0: \(describeCharacter(at: position)).",
                    at: position)
            }
        } else {
            position = try readDigits(from: position)
        }
        if byteAt(position) == 0x2E { // FractionalPart
            isFloat = true
            position = try readDigits(from: position + 1)
        }
        if let next = byteAt(position), next == 0x45 || next == 0x65 { // ExponentPart
            isFloat = true
            position += 1
            if let sign = byteAt(position), sign == 0x2B || sign == 0x2D { position += 1 }
            position = try readDigits(from: position)
        }
        // Lookahead restriction: a number is never followed by `.` or a NameStart.
        if let next = byteAt(position), next == 0x2E || isNameStart(next) {
            throw syntaxError(
                "Invalid number, expected digit but got: \(describeCharacter(at: position)).", at: position)
        }
        return RawToken(kind: isFloat ? .float : .int, start: start, end: position)
    }

    private func readDigits(from start: Int) throws(GraphQLError) -> Int {
        guard let first = byteAt(start), isDigit(first) else {
            throw syntaxError(
                "Invalid number, expected digit but got: \(describeCharacter(at: start)).", at: start)
        }
        var position = start + 1
        while position < bytes.count, isDigit(bytes[position]) {
            position += 1
        }
        return position
    }

    // MARK: Strings (§2.9.4)

    private mutating func readString(from start: Int) throws(GraphQLError) -> RawToken {
        let count = bytes.count
        var position = start + 1
        var chunkStart = position
        var escaped = false
        while position < count {
            let byte = bytes[position]
            if byte == 0x22 {
                let value: String
                if escaped {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]))
                    value = String(decoding: scratch, as: UTF8.self)
                } else {
                    value = text(from: chunkStart, to: position)
                }
                readValue = value
                return RawToken(kind: .string, start: start, end: position + 1)
            }
            if byte == 0x5C {
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]))
                position = try readEscape(at: position)
                chunkStart = position
                continue
            }
            if byte == 0x0A || byte == 0x0D { break }
            // Any other scalar, including multi-byte ones: continuation bytes never collide
            // with the ASCII bytes tested above.
            position += 1
        }
        throw syntaxError("Unterminated string.", at: position)
    }

    /// Decodes the escape sequence at `position` (a backslash) into `scratch`; returns the
    /// position after it.
    private mutating func readEscape(at position: Int) throws(GraphQLError) -> Int {
        let next = byteAt(position + 1)
        let simple: UInt8
        switch next {
        case 0x22: simple = 0x22 // \"
        case 0x5C: simple = 0x5C // \\
        case 0x2F: simple = 0x2F // \/
        case 0x62: simple = 0x08 // \b
        case 0x66: simple = 0x0C // \f
        case 0x6E: simple = 0x0A // \n
        case 0x72: simple = 0x0D // \r
        case 0x74: simple = 0x09 // \t
        case 0x75: // \u
            if byteAt(position + 2) == 0x7B {
                return try readVariableWidthUnicodeEscape(at: position)
            }
            return try readFixedWidthUnicodeEscape(at: position)
        default:
            throw syntaxError(
                "Invalid character escape sequence: \"\(sourceSlice(from: position, utf16Length: 2))\".",
                at: position)
        }
        scratch.append(simple)
        return position + 2
    }

    /// `\u{X...}`: up to 8 hex digits, which must name a Unicode scalar value.
    private mutating func readVariableWidthUnicodeEscape(at position: Int) throws(GraphQLError) -> Int {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let code = byteAt(position + size)
            size += 1
            if code == 0x7D {
                if size < 5 { break }
                guard let scalar = Unicode.Scalar(UInt32(bitPattern: point)) else { break }
                appendScalar(scalar)
                return position + size
            }
            guard let digit = code.flatMap(hexValue) else { break }
            point = (point &<< 4) | Int32(digit)
            if point < 0 { break }
        }
        throw syntaxError(
            "Invalid Unicode escape sequence: \"\(sourceSlice(from: position, utf16Length: size))\".",
            at: position)
    }

    /// `\uXXXX`, or a legacy surrogate pair `\uD83D\uDCA9`.
    private mutating func readFixedWidthUnicodeEscape(at position: Int) throws(GraphQLError) -> Int {
        if let code = read16BitHex(at: position + 2) {
            if let scalar = Unicode.Scalar(code) {
                appendScalar(scalar)
                return position + 6
            }
            if (0xD800...0xDBFF).contains(code),
               byteAt(position + 6) == 0x5C, byteAt(position + 7) == 0x75,
               let trailing = read16BitHex(at: position + 8), (0xDC00...0xDFFF).contains(trailing),
               let scalar = Unicode.Scalar((code - 0xD800) * 0x400 + (trailing - 0xDC00) + 0x10000) {
                appendScalar(scalar)
                return position + 12
            }
        }
        throw syntaxError(
            "Invalid Unicode escape sequence: \"\(sourceSlice(from: position, utf16Length: 6))\".",
            at: position)
    }

    private func read16BitHex(at position: Int) -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[position + offset]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        // `UTF8.encode` calls back once per byte; no allocation.
        UTF8.encode(scalar) { scratch.append($0) }
    }

    // MARK: Block strings (§2.9.4 "Block Strings", BlockStringValue())

    private mutating func readBlockString(from start: Int) throws(GraphQLError) -> RawToken {
        let count = bytes.count
        var position = start + 3
        var chunkStart = position
        scratch.removeAll(keepingCapacity: true)
        // Line i of the raw value is scratch[lineBounds[i] ..< lineBounds[i + 1]].
        var lineBounds: [Int] = [0]
        while position < count {
            let byte = bytes[position]
            if byte == 0x22 && byteAt(position + 1) == 0x22 && byteAt(position + 2) == 0x22 {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]))
                lineBounds.append(scratch.count)
                let value = blockStringValue(lineBounds: lineBounds)
                readValue = value
                return RawToken(kind: .blockString, start: start, end: position + 3)
            }
            if byte == 0x5C && byteAt(position + 1) == 0x22 && byteAt(position + 2) == 0x22
                && byteAt(position + 3) == 0x22 {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]))
                scratch.append(contentsOf: [0x22, 0x22, 0x22])
                position += 4
                chunkStart = position
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]))
                lineBounds.append(scratch.count)
                position += (byte == 0x0D && byteAt(position + 1) == 0x0A) ? 2 : 1
                chunkStart = position
                continue
            }
            position += 1
        }
        throw syntaxError("Unterminated string.", at: position)
    }

    /// The spec's BlockStringValue(): remove the common indentation of all lines but the
    /// first, drop leading and trailing blank lines, join with "\n".
    private func blockStringValue(lineBounds: [Int]) -> String {
        let lineCount = lineBounds.count - 1
        var commonIndent = Int.max
        for line in 1..<max(lineCount, 1) {
            let lineStart = lineBounds[line]
            let lineEnd = lineBounds[line + 1]
            let indent = leadingWhitespace(lineStart, lineEnd)
            if indent < lineEnd - lineStart && indent < commonIndent {
                commonIndent = indent
            }
        }
        if commonIndent == Int.max { commonIndent = 0 }

        func contentRange(_ line: Int) -> Range<Int> {
            let lineStart = lineBounds[line]
            let lineEnd = lineBounds[line + 1]
            if line == 0 { return lineStart..<lineEnd }
            return min(lineStart + commonIndent, lineEnd)..<lineEnd
        }
        func isBlank(_ line: Int) -> Bool {
            let range = contentRange(line)
            return leadingWhitespace(range.lowerBound, range.upperBound) == range.count
        }

        var first = 0
        var last = lineCount - 1
        while first <= last && isBlank(first) { first += 1 }
        while last >= first && isBlank(last) { last -= 1 }
        if first > last { return "" }
        if first == last && first == 0 {
            return scratch.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[contentRange(0)]), as: UTF8.self)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(scratch.count)
        for line in first...last {
            if line > first { output.append(0x0A) }
            output.append(contentsOf: scratch[contentRange(line)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func leadingWhitespace(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, scratch[index] == 0x20 || scratch[index] == 0x09 {
            index += 1
        }
        return index - start
    }

    // MARK: - Errors

    func syntaxError(_ description: String, at position: Int) -> GraphQLError {
        GraphQLError("Syntax Error: " + description, locations: [source.location(of: position)])
    }

    /// graphql-js's printCodePointAt: `"x"` for printable ASCII (`'"'` for a quote),
    /// `U+XXXX` otherwise, `<EOF>` past the end.
    private func describeCharacter(at position: Int) -> String {
        guard position < bytes.count else { return TokenKind.eof.rawValue }
        let scalar = decodeScalar(at: position).scalar
        if (0x20...0x7E).contains(scalar.value) {
            return scalar == "\"" ? "'\"'" : "\"\(Character(scalar))\""
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func decodeScalar(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var iterator = UnsafeBufferPointer(rebasing: bytes[position...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return (scalar, UTF8.width(scalar))
        }
        return ("\u{FFFD}", 1)
    }

    /// The source text from `position` spanning `utf16Length` UTF-16 code units (as
    /// JavaScript's `slice` counts), clamped to the end; used to quote bad escapes the way
    /// graphql-js does.
    private func sourceSlice(from position: Int, utf16Length: Int) -> String {
        var end = position
        var units = 0
        while units < utf16Length && end < bytes.count {
            let decoded = decodeScalar(at: end)
            units += UTF16.width(decoded.scalar)
            end += decoded.length
        }
        return text(from: position, to: end)
    }
}

@inline(__always)
func isDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10
}

@inline(__always)
func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte == 0x5F
}

@inline(__always)
func isNameContinue(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
}

@inline(__always)
private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
}

/// A token as the lexer hands it to the parser: plain data, no reference counting. The
/// value of a string token is kept by the lexer (`Lexer.value(of:)`).
struct RawToken: Equatable {
    var kind: TokenKind
    var start: Int
    var end: Int
}

extension TokenKind {
    /// Whether the lexer decodes a value for tokens of this kind.
    @inline(__always)
    var hasValue: Bool { self == .string || self == .blockString }
}

/// Runs `body` with a lexer over `source`'s bytes, which stay valid for the call.
func withLexer<R>(
    _ source: Source, _ body: (inout Lexer) throws(GraphQLError) -> R
) throws(GraphQLError) -> R {
    try source.utf8.withUnsafeBufferPointer { (bytes) throws(GraphQLError) -> R in
        var lexer = Lexer(source: source, bytes: bytes)
        return try body(&lexer)
    }
}

/// All tokens of `source` up to (not including) `<EOF>`; comments and other ignored
/// tokens are skipped. Useful for tooling and tests; the parser reads tokens lazily.
public func tokenize(_ source: Source) throws(GraphQLError) -> [Token] {
    try withLexer(source) { (lexer) throws(GraphQLError) -> [Token] in
        var tokens: [Token] = []
        while true {
            let token = try lexer.advance()
            if token.kind == .eof { return tokens }
            tokens.append(Token(
                kind: token.kind, start: token.start, end: token.end,
                value: token.kind.hasValue ? lexer.tokenValue : nil))
        }
    }
}
