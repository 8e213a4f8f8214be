/// The mask evaluation score of a finished symbol (ISO/IEC 18004 §7.8.3, table 11); the
/// encoder keeps the mask with the lowest score.
///
/// Rule 3 (finder-like 1:1:3:1:1 patterns with four light modules on one side) counts only
/// windows that lie wholly inside the symbol, as the Python `qrcode` package does; other
/// encoders also count windows reaching into the quiet zone and may choose another mask —
/// every mask decodes the same.
enum QRPenalty {
    static func score(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        var total = 0
        let columns = (0..<size).map { x in (0..<size).map { y in modules[y][x] } }
        for line in modules + columns {
            // Rule 1: runs of five or more modules of one colour: 3 + (run − 5).
            var run = 1
            for index in 1..<size {
                if line[index] == line[index - 1] {
                    run += 1
                } else {
                    if run >= 5 { total += run - 2 }
                    run = 1
                }
            }
            if run >= 5 { total += run - 2 }
            // Rule 3: 1011101 with 0000 before or after: 40 each.
            if size >= 11 {
                for start in 0...(size - 11) {
                    let window = Array(line[start..<start + 11])
                    if window == Self.finderThenLight || window == Self.lightThenFinder { total += 40 }
                }
            }
        }
        // Rule 2: 2×2 blocks of one colour: 3 each.
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = modules[y][x]
                if modules[y][x + 1] == colour, modules[y + 1][x] == colour, modules[y + 1][x + 1] == colour { total += 3 }
            }
        }
        // Rule 4: 10 for every 5 % the dark share deviates from 50 %.
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        total += (abs(dark * 100 - size * size * 50) / (size * size * 5)) * 10
        return total
    }

    private static let finderThenLight = [true, false, true, true, true, false, true, false, false, false, false]
    private static let lightThenFinder = [false, false, false, false, true, false, true, true, true, false, true]
}
