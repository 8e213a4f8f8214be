/// The QR code versions 1–10 at error-correction level M (ISO/IEC 18004:2015 tables 7, 9
/// and annex E): enough for `otpauth://` URIs (version 10-M holds 213 bytes).
struct QRVersion: Sendable, Equatable {
    let number: Int
    /// Error-correction codewords of every block.
    let ecCodewordsPerBlock: Int
    /// Data codewords of each block, shorter blocks (group 1) first.
    let blockDataCodewords: [Int]
    /// Row/column centres of the alignment patterns (annex E).
    let alignmentCentres: [Int]

    /// Modules per side.
    var size: Int { 17 + 4 * number }
    var dataCodewords: Int { blockDataCodewords.reduce(0, +) }
    /// Bits of the byte-mode character count indicator (table 3).
    var countBits: Int { number < 10 ? 8 : 16 }
    /// The most bytes this version holds in byte mode: mode (4 bits), count, data.
    var byteCapacity: Int { (dataCodewords * 8 - 4 - countBits) / 8 }

    static let all: [QRVersion] = [
        QRVersion(number: 1, ecCodewordsPerBlock: 10, blockDataCodewords: [16], alignmentCentres: []),
        QRVersion(number: 2, ecCodewordsPerBlock: 16, blockDataCodewords: [28], alignmentCentres: [6, 18]),
        QRVersion(number: 3, ecCodewordsPerBlock: 26, blockDataCodewords: [44], alignmentCentres: [6, 22]),
        QRVersion(number: 4, ecCodewordsPerBlock: 18, blockDataCodewords: [32, 32], alignmentCentres: [6, 26]),
        QRVersion(number: 5, ecCodewordsPerBlock: 24, blockDataCodewords: [43, 43], alignmentCentres: [6, 30]),
        QRVersion(number: 6, ecCodewordsPerBlock: 16, blockDataCodewords: [27, 27, 27, 27], alignmentCentres: [6, 34]),
        QRVersion(number: 7, ecCodewordsPerBlock: 18, blockDataCodewords: [31, 31, 31, 31], alignmentCentres: [6, 22, 38]),
        QRVersion(number: 8, ecCodewordsPerBlock: 22, blockDataCodewords: [38, 38, 39, 39], alignmentCentres: [6, 24, 42]),
        QRVersion(number: 9, ecCodewordsPerBlock: 22, blockDataCodewords: [36, 36, 36, 37, 37], alignmentCentres: [6, 26, 46]),
        QRVersion(number: 10, ecCodewordsPerBlock: 26, blockDataCodewords: [43, 43, 43, 43, 44], alignmentCentres: [6, 28, 50]),
    ]

    /// The smallest version that holds `byteCount` bytes; nil when none of 1–10 does.
    static func smallest(holding byteCount: Int) -> QRVersion? {
        all.first { $0.byteCapacity >= byteCount }
    }
}
