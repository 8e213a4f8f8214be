/// The module grid of one symbol while it is built: function patterns (finders, separators,
/// timing, alignment, format and version areas) are marked so data placement and masking
/// skip them (ISO/IEC 18004 §7.3, §7.7).
struct QRMatrix: Sendable {
    let size: Int
    /// Dark (true) or light, by row then column.
    private(set) var modules: [[Bool]]
    private var isFunction: [[Bool]]

    /// A grid with every function pattern of `version` drawn; format bits still light.
    init(version: QRVersion) {
        size = version.size
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
        for index in 0..<size {  // timing patterns
            setFunction(x: 6, y: index, dark: index % 2 == 0)
            setFunction(x: index, y: 6, dark: index % 2 == 0)
        }
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)
        let centres = version.alignmentCentres
        for (i, cy) in centres.enumerated() {
            for (j, cx) in centres.enumerated() {
                let last = centres.count - 1
                // Not over the three finder patterns.
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { setFunction(x: cx + dx, y: cy + dy, dark: max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        drawFormat(mask: 0)  // reserves the areas; redrawn with the chosen mask
        if version.number >= 7 {
            let bits = QRFormatBits.version(version.number)
            for index in 0..<18 {
                let dark = (bits >> index) & 1 == 1
                let a = size - 11 + index % 3
                let b = index / 3
                setFunction(x: a, y: b, dark: dark)
                setFunction(x: b, y: a, dark: dark)
            }
        }
    }

    /// Places the codewords' bits in the two-column zigzag from the bottom right (§7.7.3);
    /// modules left over (remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        let bitCount = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }  // skip the vertical timing pattern
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for column in 0..<2 {
                    let x = right - column
                    guard !isFunction[y][x], bitIndex < bitCount else { continue }
                    modules[y][x] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// Inverts the data modules where `mask` says (applying it twice undoes it).
    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] && QRMask.inverts(mask, x: x, y: y) {
                modules[y][x].toggle()
            }
        }
    }

    /// Draws both copies of the format information for `mask`, and the dark module.
    mutating func drawFormat(mask: Int) {
        let bits = QRFormatBits.format(mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }
        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// A finder pattern with its light separator (clipped at the symbol's edge).
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx
                let y = centreY + dy
                guard x >= 0, x < size, y >= 0, y < size else { continue }
                let distance = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: distance != 2 && distance != 4)
            }
        }
    }

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y][x] = dark
        isFunction[y][x] = true
    }
}
