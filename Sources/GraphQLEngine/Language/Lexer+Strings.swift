// String and block-string tokens (spec §2.9.4): escapes, surrogate pairs, and the
// BlockStringValue() algorithm. Part of `Lexer`; see Lexer.swift.

extension Lexer {
    // MARK: Strings (§2.9.4)

    mutating func readString(from start: Int) throws(GraphQLError) -> RawToken {
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

    mutating func readBlockString(from start: Int) throws(GraphQLError) -> RawToken {
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
}
