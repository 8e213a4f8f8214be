import Foundation
import MariaDB
import Testing

@Suite("ExactDecimal")
struct ExactDecimalTests {
    @Test("parses and prints exactly, keeping the scale", arguments: [
        ("0", "0"), ("-0.00", "0.00"), ("123.4500", "123.4500"), (".5", "0.5"), ("-0.05", "-0.05"),
        ("+42", "42"), ("007.10", "7.10"),
        ("-12345678901234567890123456789012345.123456789012345678901234567890",
         "-12345678901234567890123456789012345.123456789012345678901234567890"),
    ])
    func roundTrip(text: String, expected: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.description == expected)
    }

    @Test("rejects non-decimal text", arguments: ["", "-", "1e5", "1.2.3", "12a", " 1", "NaN"])
    func rejects(text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test("numeric equality and ordering ignore trailing zeros")
    func comparison() throws {
        #expect(ExactDecimal("1.50") == ExactDecimal("1.5"))
        #expect(ExactDecimal("0.00") == ExactDecimal("0"))
        #expect(Set([ExactDecimal("2.0")!, ExactDecimal("2")!]).count == 1)
        #expect(ExactDecimal("-3")! < ExactDecimal("-2.99")!)
        #expect(ExactDecimal("10")! > ExactDecimal("9.999")!)
        #expect(ExactDecimal("0.1")! < ExactDecimal("0.10000000000000000000000000001")!)
    }

    @Test("scales to integer minor units without rounding")
    func scaling() throws {
        #expect(try ExactDecimal("1234.56")!.scaledInt64(scale: 2) == 123_456)
        #expect(try ExactDecimal("1234.5600")!.scaledInt64(scale: 2) == 123_456)
        #expect(try ExactDecimal("-0.05")!.scaledInt64(scale: 2) == -5)
        #expect(try ExactDecimal("7")!.scaledInt64(scale: 4) == 70_000)
        #expect(try ExactDecimal("-922337203685477.5808")!.scaledInt64(scale: 4) == Int64.min)
        #expect(ExactDecimal(significand: -12345, scale: 2).description == "-123.45")
        #expect(throws: ExactDecimalConversionError.precisionLoss(value: "1.005", scale: 2)) {
            try ExactDecimal("1.005")!.scaledInt64(scale: 2)
        }
        #expect(throws: ExactDecimalConversionError.overflow(value: "92233720368547758.08", scale: 2)) {
            try ExactDecimal("92233720368547758.08")!.scaledInt64(scale: 2)
        }
    }

    @Test("Codable as an exact JSON string")
    func codable() throws {
        let value = try #require(ExactDecimal("-98765432109876543210.000000000123"))
        let json = try JSONEncoder().encode([value])
        #expect(String(decoding: json, as: UTF8.self) == #"["-98765432109876543210.000000000123"]"#)
        #expect(try JSONDecoder().decode([ExactDecimal].self, from: json) == [value])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ExactDecimal].self, from: Data(#"[1.5]"#.utf8)) }
    }
}
