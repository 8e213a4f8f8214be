import Testing
@testable import GraphQLEngine

/// A small deterministic generator (64-bit LCG), so failures are reproducible.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}

@Suite("Parser robustness")
struct ParserRobustnessTests {
    /// Mutated documents either parse — and then print and reparse to an equal tree — or
    /// fail with a located syntax error; they never crash.
    @Test(arguments: [KitchenSink.executable, KitchenSink.typeSystem])
    func mutatedDocumentsParseOrFailCleanly(text: String) throws {
        var random = SeededGenerator(state: 0x5EED)
        let original = Array(text.utf8)
        let alphabet = Array("{}()[]:$@!=|&.\"\\ \n#,a0-_eé\u{FEFF}\"\"\"".utf8)
        var parsed = 0
        var failed = 0
        for _ in 0..<600 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: index)
                default: bytes[index] = alphabet.randomElement(using: &random)!
                }
            }
            let mutated = String(decoding: bytes, as: UTF8.self)
            do {
                let document = try parse(mutated)
                parsed += 1
                let printed = printAST(document)
                #expect(try parse(printed) == document, "\(mutated)")
            } catch {
                failed += 1
                #expect(error.message.hasPrefix("Syntax Error: "))
                #expect(error.locations.count == 1)
            }
        }
        #expect(parsed > 0 && failed > 0)
    }
}
