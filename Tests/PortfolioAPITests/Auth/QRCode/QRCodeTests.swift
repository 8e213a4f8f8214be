import Testing

@testable import PortfolioAPI

/// The QR encoder against module matrices made by an independent encoder (segno, see
/// make_qr_vectors.py): same version and mask forced, every module must match — that
/// checks codewords, Reed–Solomon, interleaving, placement, masking, format and version bits.
@Suite struct QRCodeTests {
    static func rows(_ code: QRCode) -> [String] {
        code.modules.map { row in String(row.map { $0 ? "1" : "0" }) }
    }

    @Test(arguments: QRCodeVectors.all.indices)
    func matchesAnIndependentEncoderModuleForModule(_ index: Int) throws {
        let vector = QRCodeVectors.all[index]
        let code = try QRCode(vector.text, mask: vector.mask)
        #expect(code.version == vector.version)
        #expect(code.size == 17 + 4 * vector.version)
        let ours = Self.rows(code)
        for (row, expected) in vector.rows.enumerated() where ours[row] != expected {
            Issue.record("version \(vector.version) mask \(vector.mask) row \(row):\n ours   \(ours[row])\n segno  \(expected)")
        }
    }

    @Test func choosesTheMaskWithTheLowestPenalty() throws {
        for vector in QRCodeVectors.all {
            let chosen = try QRCode(vector.text)
            let scores = try (0..<8).map { QRPenalty.score(try QRCode(vector.text, mask: $0).modules) }
            #expect(scores[chosen.mask] == scores.min(), "\(scores)")
        }
    }

    @Test func reedSolomonOfTheStandardsExample() {
        // ISO/IEC 18004 annex I: "01234567" at 1-M, data codewords and their 10 EC codewords.
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(data, degree: 10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    @Test func formatAndVersionBitsMatchTheStandardsTables() {
        // Annex C: level M, mask 5 → 100000011001110; annex D: version 7 → 000111110010010100.
        #expect(QRFormatBits.format(mask: 5) == 0b100000011001110)
        #expect(QRFormatBits.version(7) == 0b000111110010010100)
    }

    @Test func svgIsAMinimalScalableImageWithAQuietZone() throws {
        let code = try QRCode("HELLO")
        let svg = code.svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""))
        #expect(svg.contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z"))  // the top-left finder's first row
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func refusesTextsBeyondVersion10() {
        #expect(throws: QRCode.TooLong.self) { try QRCode(String(repeating: "x", count: 214)) }
        #expect((try? QRCode(String(repeating: "x", count: 213)))?.version == 10)
    }
}
