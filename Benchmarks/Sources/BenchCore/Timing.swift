/// Microseconds per operation of a synchronous `body` (parse, validate): one warm-up call,
/// a batch size chosen so that a batch takes about a third of `budget`, then the fastest
/// of three batches (the least disturbed by the other processes sharing the machine).
///
/// Synchronous on purpose: the loop calls `body` directly on the caller's thread. An
/// `async` harness called from the executable's top-level (main-actor) code with a
/// closure literal hops between the main actor and the global executor on every call,
/// about 15 µs per operation on this machine, which is more than half of a parse.
public func microsecondsPerOperation(
    budget: Duration = .milliseconds(1000),
    _ body: () throws -> Int
) rethrows -> Double {
    let clock = ContinuousClock()
    var sink = 0
    let single = try clock.measure { sink &+= try body() }
    let iterations = iterationsPerBatch(budget: budget, single: single)
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = try clock.measure {
            for _ in 0..<iterations { sink &+= try body() }
        }
        best = min(best, elapsed.microseconds / Double(iterations))
    }
    blackHole(sink)
    return best
}

/// Microseconds per operation of an asynchronous `body` (execute), measured as
/// `microsecondsPerOperation(budget:_:)` does.
///
/// Pass the runner itself (`runners.execute`), not a closure literal written in top-level
/// code: such a literal is main-actor isolated, and each call would hop to the main actor
/// and back. A `@Sendable` nonisolated function stays on the executor this runs on.
public func microsecondsPerAsyncOperation(
    budget: Duration = .milliseconds(1000),
    _ body: @Sendable () async throws -> Int
) async rethrows -> Double {
    let clock = ContinuousClock()
    var sink = 0
    let single = try await clock.measure { sink &+= try await body() }
    let iterations = iterationsPerBatch(budget: budget, single: single)
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

/// Calls per batch so that one batch takes about a third of `budget`.
func iterationsPerBatch(budget: Duration, single: Duration) -> Int {
    max(1, Int((budget / 3) / max(single, .nanoseconds(50))))
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
