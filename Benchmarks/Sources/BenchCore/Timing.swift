/// Microseconds per operation of `body`: one warm-up call, a batch size chosen so that a
/// batch takes about a third of `budget`, then the fastest of three batches (the least
/// disturbed by the other processes sharing the machine).
public func microsecondsPerOperation(
    budget: Duration = .milliseconds(1000),
    _ body: () async throws -> Int
) async rethrows -> Double {
    let clock = ContinuousClock()
    var sink = 0
    let single = try await clock.measure { sink &+= try await body() }
    let perBatch = budget / 3
    let iterations = max(1, Int(perBatch / max(single, .nanoseconds(50))))
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = try await clock.measure {
            for _ in 0..<iterations { sink &+= try await body() }
        }
        best = min(best, elapsed.microseconds / Double(iterations))
    }
    blackHole(sink)
    return best
}

extension Duration {
    var microseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
    }
}

@inline(never)
func blackHole(_ value: Int) {
    if value == 0x5eed_5eed { print("") }
}
