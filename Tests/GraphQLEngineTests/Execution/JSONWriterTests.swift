import Testing
@testable import GraphQLEngine

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesEveryKindOfValueInInsertionOrder() {
        let value: Value = .object(["z": .int(1), "a": .list([.null, .bool(true), .bool(false)]), "m": .object([:])])
        #expect(JSONWriter.string(value) == #"{"z":1,"a":[null,true,false],"m":{}}"#)
    }

    @Test func escapesStringsPerRFC8259() {
        let text = "q\"b\\s/\n\r\t\u{8}\u{C}\u{1}\u{1F}é😀\u{7F}"
        #expect(JSONWriter.string(.string(text)) == #""q\"b\\s/\n\r\t\b\f\u0001\u001fé😀"# + "\u{7F}\"")
    }

    @Test func integers() {
        #expect(JSONWriter.string(.list([.int(0), .int(-7), .int(Int.max), .int(Int.min)]))
            == "[0,-7,9223372036854775807,-9223372036854775808]")
    }

    @Test func floatsRoundTrip() throws {
        for number in [0.1, 1.5, -2.0, 1e-7, 123456.789, 1e300, Double.leastNonzeroMagnitude, Double.pi, 1e15, 12345678901234567.0] {
            let text = JSONWriter.string(.float(number))
            #expect(try JSONReader().read(text) == .float(number), "\(text)")
            #expect(Double(text) == number, "\(text)")
        }
        #expect(JSONWriter.string(.float(2)) == "2.0")
        #expect(JSONWriter.string(.float(.nan)) == "null")
        #expect(JSONWriter.string(.float(.infinity)) == "null")
    }

    @Test func readerAndWriterAgree() throws {
        let text = #"{"a":[1,2.5,"x\"y",{"b":null}],"c":true}"#
        #expect(JSONWriter.string(try JSONReader().read(text)) == text)
    }
}
