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
    var readValue: String = ""
    /// Reused buffer for string values that need unescaping or dedenting.
    var scratch: [UInt8] = []

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
        let length = end - start
        // Names and numbers are short ASCII: written straight into a small string, whose
        // ASCII check is a mask of its bits (non-ASCII still goes through repair).
        if length <= 15, let base = bytes.baseAddress {
            return String(unsafeUninitializedCapacity: length) { buffer in
                buffer.baseAddress.unsafelyUnwrapped.update(from: base + start, count: length)
                return length
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
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
    func byteAt(_ index: Int) -> UInt8? {
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
                // Indentation comes in runs of spaces: skip them without the switch,
                // eight at a time while a whole word of spaces is available.
                position = skipSpaces(from: position)
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

    /// The first position at or after `position` that is not a space (0x20). Reads eight
    /// bytes at a time (unaligned loads) while they are all spaces, then byte by byte.
    @inline(__always)
    private func skipSpaces(from position: Int) -> Int {
        let count = bytes.count
        var position = position
        // Most runs are a single separator: leave before the word loop.
        guard position < count && bytes[position] == 0x20 else { return position }
        if let base = bytes.baseAddress {
            let spaces: UInt64 = 0x2020_2020_2020_2020
            while position + 8 <= count
                && UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) == spaces {
                position += 8
            }
        }
        while position < count && bytes[position] == 0x20 {
            position += 1
        }
        return position
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

    // MARK: - Errors

    func syntaxError(_ description: String, at position: Int) -> GraphQLError {
        GraphQLError("Syntax Error: " + description, locations: [source.location(of: position)])
    }

    /// graphql-js's printCodePointAt: `"x"` for printable ASCII (`'"'` for a quote),
    /// `U+XXXX` otherwise, `<EOF>` past the end.
    func describeCharacter(at position: Int) -> String {
        guard position < bytes.count else { return TokenKind.eof.rawValue }
        let scalar = decodeScalar(at: position).scalar
        if (0x20...0x7E).contains(scalar.value) {
            return scalar == "\"" ? "'\"'" : "\"\(Character(scalar))\""
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    func decodeScalar(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
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
    func sourceSlice(from position: Int, utf16Length: Int) -> String {
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
func hexValue(_ byte: UInt8) -> UInt8? {
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
    try source.withUTF8 { (bytes) throws(GraphQLError) -> R in
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
