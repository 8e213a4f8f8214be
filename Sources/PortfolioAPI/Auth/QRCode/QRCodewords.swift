/// The codeword sequence of a byte-mode symbol: mode, count, data, terminator and padding
/// (ISO/IEC 18004 §7.4), split into blocks, each with its Reed–Solomon codewords, then
/// interleaved (§7.6).
enum QRCodewords {
    static func build(_ bytes: [UInt8], version: QRVersion) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)  // byte mode
        append(bytes.count, version.countBits)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = version.dataCodewords * 8
        append(0, min(4, capacity - bits.count))  // terminator
        if bits.count % 8 != 0 { append(0, 8 - bits.count % 8) }
        var data: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while data.count < version.dataCodewords {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }

        var blocks: [[UInt8]] = []
        var offset = 0
        for length in version.blockDataCodewords {
            blocks.append(Array(data[offset..<offset + length]))
            offset += length
        }
        let corrections = blocks.map { ReedSolomon.remainder($0, degree: version.ecCodewordsPerBlock) }
        var result: [UInt8] = []
        for index in 0..<(version.blockDataCodewords.max() ?? 0) {
            for block in blocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<version.ecCodewordsPerBlock {
            for block in corrections { result.append(block[index]) }
        }
        return result
    }
}
