/// A tiny deterministic random generator (SplitMix64) for property-based tests: every run
/// explores the same cases, and a failing case names its seed so it can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs `body` for `count` cases, each with its own generator seeded from `seed` and the case
/// number; the case seed is passed so `#expect` messages can report it.
func forAllCases(_ count: Int = 500, seed: UInt64 = 0x5EED, _ body: (inout SeededGenerator, UInt64) throws -> Void) rethrows {
    for i in 0..<UInt64(count) {
        let caseSeed = seed &* 6_364_136_223_846_793_005 &+ i
        var rng = SeededGenerator(seed: caseSeed)
        try body(&rng, caseSeed)
    }
}
