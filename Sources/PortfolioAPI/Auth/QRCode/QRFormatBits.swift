/// The BCH-protected format and version information (ISO/IEC 18004 §7.9 and §7.10).
enum QRFormatBits {
    /// 15 bits: level M (00) and the mask, BCH(15,5) with generator 0x537, XOR 0x5412.
    static func format(mask: Int) -> Int {
        let data = (0b00 << 3) | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return ((data << 10) | remainder) ^ 0x5412
    }

    /// 18 bits for versions 7 and up: the version, BCH(18,6) with generator 0x1F25.
    static func version(_ number: Int) -> Int {
        var remainder = number
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return (number << 12) | remainder
    }
}
