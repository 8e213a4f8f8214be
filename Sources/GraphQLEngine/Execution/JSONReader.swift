/// A strict RFC 8259 JSON reader producing `Value`s: for HTTP request bodies and the
/// `variables` / `extensions` entries of a GraphQL request.
///
/// Strict means: one value with only whitespace around it; no comments, trailing commas,
/// leading zeros, `NaN`/`Infinity`, single quotes, unescaped control characters, lone
/// surrogate escapes or invalid UTF-8. Errors say what was wrong and the byte offset.
///
/// Numbers: an integer literal (no fraction, no exponent) that fits `Int` becomes `.int`;
/// one that does not fit becomes `.float` (the nearest `Double`), which the `Int` scalar
/// then rejects as non-integral or out of range, so a too-large `Int` variable is reported
/// by variable coercion rather than by the JSON layer. Everything else becomes `.float`.
/// Duplicate object keys: the last value wins, at the first key's position.
public struct JSONReader {
    /// Nesting deeper than this is rejected instead of risking the stack.
    public var maxDepth: Int

    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
    }

    /// Parses a complete JSON text.
    public func read(_ bytes: some Collection<UInt8>) throws(JSONError) -> Value {
        let array = bytes as? [UInt8] ?? Array(bytes)
        let result = array.withUnsafeBufferPointer { buffer -> Result<Value, JSONError> in
            var parser = JSONByteParser(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONError) { return .success(try parser.parseDocument()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Parses a complete JSON text given as a string.
    public func read(_ text: String) throws(JSONError) -> Value {
        var text = text
        let result = text.withUTF8 { buffer -> Result<Value, JSONError> in
            var parser = JSONByteParser(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONError) { return .success(try parser.parseDocument()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

/// Why a JSON text was rejected, and where (a UTF-8 byte offset from the start).
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) at offset \(offset)" }
}

private struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONError) -> Value {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw JSONError("Unexpected \(describe(bytes[index])) after the JSON value", offset: index)
        }
        return value
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONError) -> Value {
        guard index < bytes.count else { throw JSONError("Unexpected end of input, expected a value", offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseList()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONError("Unexpected \(describe(bytes[index])), expected a value", offset: index)
        }
    }

    mutating func expectWord(_ word: StaticString) throws(JSONError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let pointer = word.utf8Start
        guard bytes.count - index >= count else { throw JSONError("Invalid literal", offset: start) }
        for offset in 0..<count where bytes[index + offset] != pointer[offset] {
            throw JSONError("Invalid literal", offset: start)
        }
        index += count
    }

    mutating func enter() throws(JSONError) {
        depth += 1
        if depth > maxDepth { throw JSONError("Nesting deeper than \(maxDepth) levels", offset: index) }
    }

    mutating func parseList() throws(JSONError) -> Value {
        try enter()
        index += 1
        var values: [Value] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .list(values)
        }
        while true {
            skipWhitespace()
            values.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw JSONError("Unexpected end of input in an array", offset: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "]") { break }
            throw JSONError("Expected ',' or ']' in an array, found \(describe(byte))", offset: index - 1)
        }
        depth -= 1
        return .list(values)
    }

    mutating func parseObject() throws(JSONError) -> Value {
        try enter()
        index += 1
        var object = ObjectValue()
        var positions: [String: Int]? = nil
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index >= bytes.count { throw JSONError("Unexpected end of input in an object", offset: index) }
                throw JSONError("Expected a string key in an object, found \(describe(bytes[index]))", offset: index)
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw JSONError("Expected ':' after an object key", offset: index)
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            // Linear duplicate check while small; an index once objects grow.
            if object.count < 16 {
                if object[key] != nil { object[key] = value } else { object.append(key, value) }
                if object.count == 16 {
                    var map: [String: Int] = [:]
                    for (offset, name) in object.keys.enumerated() { map[name] = offset }
                    positions = map
                }
            } else if positions?[key] != nil {
                object[key] = value
            } else {
                positions?[key] = object.count
                object.append(key, value)
            }
            skipWhitespace()
            guard index < bytes.count else { throw JSONError("Unexpected end of input in an object", offset: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "}") { break }
            throw JSONError("Expected ',' or '}' in an object, found \(describe(byte))", offset: index - 1)
        }
        depth -= 1
        return .object(object)
    }

    mutating func parseNumber() throws(JSONError) -> Value {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw JSONError("Invalid number: expected a digit", offset: index)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) {
                throw JSONError("Invalid number: leading zeros are not allowed", offset: start)
            }
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONError("Invalid number: expected a digit after '.'", offset: index)
            }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONError("Invalid number: expected a digit in the exponent", offset: index)
            }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if isInteger, let value = integer(from: start, to: index) { return .int(value) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            throw JSONError("Number out of range", offset: start)
        }
        return .float(double)
    }

    /// The integer in `start..<end` (already syntax-checked), or `nil` on overflow.
    func integer(from start: Int, to end: Int) -> Int? {
        var position = start
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var result = 0
        while position < end {
            let digit = Int(bytes[position] &- UInt8(ascii: "0"))
            let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative
                ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            result = next
            position += 1
        }
        return result
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func parseString() throws(JSONError) -> String {
        let quote = index
        index += 1
        let start = index
        // Fast path: no escapes — validate and decode the slice in one go.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw JSONError("Unescaped control character in a string", offset: index) }
            if byte >= 0x80 { try skipUTF8Sequence() } else { index += 1 }
        }
        guard index < bytes.count else { throw JSONError("Unterminated string", offset: quote) }
        // Slow path: copy what we have, then decode escapes.
        var scratch = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw JSONError("Unescaped control character in a string", offset: index) }
            if byte == UInt8(ascii: "\\") {
                try parseEscape(into: &scratch)
            } else if byte >= 0x80 {
                let from = index
                try skipUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<index]))
            } else {
                scratch.append(byte)
                index += 1
            }
        }
        throw JSONError("Unterminated string", offset: quote)
    }

    mutating func parseEscape(into scratch: inout [UInt8]) throws(JSONError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw JSONError("Unterminated string", offset: escapeStart) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(at: escapeStart)
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw JSONError("Lone surrogate in \\u escape", offset: escapeStart) }
                index += 2
                let low = try hex4(at: escapeStart)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw JSONError("Lone surrogate in \\u escape", offset: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw JSONError("Lone surrogate in \\u escape", offset: escapeStart)
            }
            scratch.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(scalar)!)!)
        default:
            throw JSONError("Invalid escape sequence '\\\(describeRaw(byte))'", offset: escapeStart)
        }
    }

    mutating func hex4(at escapeStart: Int) throws(JSONError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw JSONError("Invalid \\u escape", offset: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONError("Invalid \\u escape", offset: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence at `index` (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF) and moves past it.
    mutating func skipUTF8Sequence() throws(JSONError) {
        let lead = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: throw JSONError("Invalid UTF-8", offset: index)
        }
        guard bytes.count - index >= length else { throw JSONError("Invalid UTF-8", offset: index) }
        let second = bytes[index + 1]
        guard second >= lower && second <= upper else { throw JSONError("Invalid UTF-8", offset: index) }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
            throw JSONError("Invalid UTF-8", offset: index)
        }
        index += length
    }

    func describe(_ byte: UInt8) -> String {
        "'\(describeRaw(byte))'"
    }

    func describeRaw(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }
}
