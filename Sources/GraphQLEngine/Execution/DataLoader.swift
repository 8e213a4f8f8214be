import Synchronization

/// Per-request batching and caching of loads by key (the "DataLoader" pattern): resolvers
/// of sibling fields (e.g. `tenant` on 50 leases) each call `load(id)`, and the batch
/// function is called once with all 50 ids.
///
/// When the batch is sent: inside `execute`, as soon as every running resolver of the
/// request is suspended on a loader or finished (see `BatchCoordinator`), which makes it
/// exactly one batch per nesting level for in-memory or uniformly slow data. A resolver
/// that awaits its own child tasks which load (e.g. `async let`) could keep that from
/// happening, so a queued key is also sent after `maxBatchDelay` at the latest. Outside
/// `execute`, queued keys are sent after one `Task.yield()`, or by calling `dispatch()`.
///
/// Results, including errors, are cached for the loader's lifetime: create loaders per
/// request (in the request context), never share them across users.
public final class DataLoader<Key: Hashable & Sendable, Value: Sendable>: Sendable, BatchDispatching {
    /// Loads many keys at once; keys missing from the result fail with `DataLoaderError.missingKey`.
    public typealias BatchFunction = @Sendable (_ keys: [Key]) async throws -> [Key: Value]

    private typealias Waiter = (continuation: CheckedContinuation<Value, any Error>, coordinator: BatchCoordinator?)

    private enum Entry {
        case waiting([Waiter])
        case done(Result<Value, any Error>)
    }

    private enum LoadAction {
        case resume(Result<Value, any Error>)
        case wait(firstQueued: Bool)
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var queue: [Key] = []
        /// Counts dispatched batches, so a fallback timer only sends the round it was set for.
        var round = 0
    }

    private let batch: BatchFunction
    private let maxBatchSize: Int
    private let maxBatchDelay: Duration
    private let state = Mutex(State())

    /// - Parameters:
    ///   - maxBatchSize: keys per batch call at most; `0` means unlimited.
    ///   - maxBatchDelay: upper bound on how long a queued key waits for its batch.
    ///   - batch: loads the values of distinct keys, in any order.
    public init(maxBatchSize: Int = 0, maxBatchDelay: Duration = .milliseconds(20), batch: @escaping BatchFunction) {
        self.batch = batch
        self.maxBatchSize = maxBatchSize
        self.maxBatchDelay = maxBatchDelay
    }

    /// A loader over a batch function returning one value per key, in the order of `keys`.
    public convenience init(
        maxBatchSize: Int = 0,
        maxBatchDelay: Duration = .milliseconds(20),
        ordered: @escaping @Sendable (_ keys: [Key]) async throws -> [Value]
    ) {
        self.init(maxBatchSize: maxBatchSize, maxBatchDelay: maxBatchDelay) { keys in
            let values = try await ordered(keys)
            guard values.count == keys.count else {
                throw DataLoaderError.countMismatch(expected: keys.count, actual: values.count)
            }
            var result: [Key: Value] = Dictionary(minimumCapacity: keys.count)
            for (key, value) in zip(keys, values) { result[key] = value }
            return result
        }
    }

    /// The value for `key`, from the cache or from the next batch.
    public func load(_ key: Key) async throws -> Value {
        // Fast path: already loaded, no suspension.
        let cached: Result<Value, any Error>? = state.withLock { state in
            if case .done(let result)? = state.entries[key] { return result }
            return nil
        }
        if let cached { return try cached.get() }

        let coordinator = BatchCoordinator.current
        return try await withCheckedThrowingContinuation { continuation in
            let action = state.withLock { state -> LoadAction in
                switch state.entries[key] {
                case .done(let result)?:
                    return .resume(result)
                case .waiting(var waiters)?:
                    waiters.append((continuation, coordinator))
                    state.entries[key] = .waiting(waiters)
                    return .wait(firstQueued: false)
                case nil:
                    state.entries[key] = .waiting([(continuation, coordinator)])
                    state.queue.append(key)
                    return .wait(firstQueued: state.queue.count == 1)
                }
            }
            switch action {
            case .resume(let result):
                continuation.resume(with: result)
            case .wait(let firstQueued):
                if let coordinator {
                    coordinator.suspend(on: self)
                    if firstQueued { scheduleFallback(after: maxBatchDelay) }
                } else if firstQueued {
                    Task { await Task.yield(); self.dispatchQueued() }
                }
            }
        }
    }

    /// The values for `keys`, in order; fails with the first failing key's error.
    public func loadMany(_ keys: [Key]) async throws -> [Value] {
        try await withThrowingTaskGroup(of: (Int, Value).self) { group in
            for (index, key) in keys.enumerated() {
                group.addTask { (index, try await self.load(key)) }
            }
            var values = [Value?](repeating: nil, count: keys.count)
            for try await (index, value) in group { values[index] = value }
            return values.map { $0! }
        }
    }

    /// Puts a value into the cache unless the key is already loaded or loading.
    public func prime(_ key: Key, _ value: Value) {
        state.withLock { state in
            if state.entries[key] == nil { state.entries[key] = .done(.success(value)) }
        }
    }

    /// Forgets a loaded key (e.g. after a mutation changed it); loading keys are unaffected.
    public func clear(_ key: Key) {
        state.withLock { state in
            if case .done? = state.entries[key] { state.entries[key] = nil }
        }
    }

    /// Sends the queued keys now.
    public func dispatch() {
        dispatchQueued()
    }

    func dispatchQueued() {
        dispatchQueued(onlyRound: nil)
    }

    /// Sends the queued keys; with `onlyRound`, only if no batch was sent since that round
    /// began (a late fallback timer must not cut the next round's batch short).
    private func dispatchQueued(onlyRound: Int?) {
        let keys: [Key] = state.withLock { state in
            if let onlyRound, onlyRound != state.round { return [] }
            let keys = state.queue
            state.queue.removeAll()
            if !keys.isEmpty { state.round += 1 }
            return keys
        }
        guard !keys.isEmpty else { return }
        let size = maxBatchSize > 0 ? maxBatchSize : keys.count
        var start = 0
        while start < keys.count {
            let chunk = Array(keys[start..<min(start + size, keys.count)])
            start += size
            // The batch function is not a resolver: loads it makes itself must not count
            // against the request's coordinator, so it runs without one.
            Task { await BatchCoordinator.$current.withValue(nil) { await self.run(chunk) } }
        }
    }

    private func scheduleFallback(after delay: Duration) {
        let round = state.withLock { $0.round }
        Task {
            try? await Task.sleep(for: delay)
            self.dispatchQueued(onlyRound: round)
        }
    }

    private func run(_ keys: [Key]) async {
        let outcome: Result<[Key: Value], any Error>
        do {
            outcome = .success(try await batch(keys))
        } catch {
            outcome = .failure(error)
        }
        var resumptions: [(Waiter, Result<Value, any Error>)] = []
        state.withLock { state in
            for key in keys {
                let result: Result<Value, any Error>
                switch outcome {
                case .success(let values):
                    if let value = values[key] {
                        result = .success(value)
                    } else {
                        result = .failure(DataLoaderError.missingKey(String(describing: key)))
                    }
                case .failure(let error):
                    result = .failure(error)
                }
                if case .waiting(let waiters)? = state.entries[key] {
                    for waiter in waiters { resumptions.append((waiter, result)) }
                }
                state.entries[key] = .done(result)
            }
        }
        // Count every waiter as running again before resuming any: a resumed caller may run
        // at once on another thread, load again and suspend; were its siblings not yet
        // counted, the coordinator would see zero running tasks and send that one key as a
        // batch of its own (timing-dependent N+1 under load).
        for (waiter, _) in resumptions { waiter.coordinator?.begin() }
        for (waiter, result) in resumptions { waiter.continuation.resume(with: result) }
    }
}

/// Why a `DataLoader` could not produce a value.
public enum DataLoaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The batch function returned no value for this key (described with `String(describing:)`).
    case missingKey(String)
    /// An ordered batch function returned a different number of values than keys.
    case countMismatch(expected: Int, actual: Int)

    public var description: String {
        switch self {
        case .missingKey(let key): return "DataLoader batch function returned no value for key \(key)"
        case .countMismatch(let expected, let actual):
            return "DataLoader batch function returned \(actual) values for \(expected) keys"
        }
    }
}
