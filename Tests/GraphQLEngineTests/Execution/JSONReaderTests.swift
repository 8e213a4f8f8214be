import Testing
@testable import GraphQLEngine

@Suite("JSON reader")
struct JSONReaderTests {
    let reader = JSONReader()

    @Test func readsEveryKindOfValue() throws {
        let value = try reader.read(#" { "a": [1, -2.5, true, false, null, "x"], "b": {"c": {}} , "d": [] } "#)
        let expected: Value = .object([
            "a": .list([.int(1), .float(-2.5), .bool(true), .bool(false), .null, .string("x")]),
            "b": .object(["c": .object([:])]),
            "d": .list([]),
        ])
        #expect(value == expected)
    }

    @Test func keepsKeyOrderAndLetsTheLastDuplicateWin() throws {
        let value = try reader.read(#"{"z":1,"a":2,"z":3}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["z", "a"])
        #expect(object["z"] == .int(3))
    }

    @Test func duplicateKeysInLargeObjectsAreFoundToo() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let value = try reader.read("{\(members),\"k3\":99,\"k39\":7}")
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.count == 40)
        #expect(object["k3"] == .int(99))
        #expect(object["k39"] == .int(7))
    }

    @Test func numbers() throws {
        #expect(try reader.read("0") == .int(0))
        #expect(try reader.read("-0") == .int(0))
        #expect(try reader.read("9223372036854775807") == .int(Int.max))
        #expect(try reader.read("-9223372036854775808") == .int(Int.min))
        // Beyond Int: a Double, which the Int scalar later rejects.
        #expect(try reader.read("9223372036854775808") == .float(9223372036854775808))
        #expect(try reader.read("1e3") == .float(1000))
        #expect(try reader.read("1.5E-2") == .float(0.015))
        #expect(try reader.read("0.1") == .float(0.1))
    }

    @Test func stringEscapesAndUnicode() throws {
        #expect(try reader.read(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try reader.read(#""\u00e9\u20AC""#) == .string("é€"))
        #expect(try reader.read(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try reader.read("\"héllo 😀\"") == .string("héllo 😀"))
        #expect(try reader.read(#""x\u0000y""#) == .string("x\u{0}y"))
    }

    @Test func readsBytes() throws {
        #expect(try reader.read(Array(#"[1,"é"]"#.utf8)) == .list([.int(1), .string("é")]))
    }

    @Test(arguments: [
        ("", "Unexpected end of input, expected a value", 0),
        ("[1,]", "Unexpected ']', expected a value", 3),
        ("{\"a\":1,}", "Expected a string key in an object, found '}'", 7),
        ("01", "Invalid number: leading zeros are not allowed", 0),
        ("1.", "Invalid number: expected a digit after '.'", 2),
        ("-", "Invalid number: expected a digit", 1),
        ("1e", "Invalid number: expected a digit in the exponent", 2),
        ("NaN", "Unexpected 'N', expected a value", 0),
        ("tru", "Invalid literal", 0),
        ("\"abc", "Unterminated string", 0),
        ("\"a\nb\"", "Unescaped control character in a string", 2),
        (#""\ud800""#, "Lone surrogate in \\u escape", 1),
        (#""\udc00""#, "Lone surrogate in \\u escape", 1),
        (#""\x""#, "Invalid escape sequence '\\x'", 1),
        (#""\u12""#, "Invalid \\u escape", 1),
        ("1 2", "Unexpected '2' after the JSON value", 2),
        ("{\"a\" 1}", "Expected ':' after an object key", 5),
        ("[1 2]", "Expected ',' or ']' in an array, found '2'", 3),
        ("{'a':1}", "Expected a string key in an object, found '''", 1),
        ("1e999", "Number out of range", 0),
    ])
    func rejectsMalformedText(text: String, message: String, offset: Int) {
        #expect(throws: JSONError(message, offset: offset)) { try reader.read(text) }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONError("Invalid UTF-8", offset: 1)) { try reader.read(bytes) }
        let overlong: [UInt8] = [0x22, 0xC0, 0xAF, 0x22]
        #expect(throws: JSONError("Invalid UTF-8", offset: 1)) { try reader.read(overlong) }
        let surrogate: [UInt8] = [0x22, 0xED, 0xA0, 0x80, 0x22]
        #expect(throws: JSONError("Invalid UTF-8", offset: 1)) { try reader.read(surrogate) }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: JSONError("Nesting deeper than 5 levels", offset: 5)) { try JSONReader(maxDepth: 5).read(deep) }
        #expect(throws: Never.self) { try JSONReader(maxDepth: 10).read(deep) }
    }
}
