import Synchronization

/// Tells `DataLoader`s when an execution step has settled, so that every `load` requested
/// while sibling fields resolve lands in one batch call.
///
/// The executor counts the resolver tasks of a request that are *running* (not suspended
/// on a loader): it calls `begin()` before it starts a task or resumes after awaiting
/// children, and `end()` when a task finishes or starts awaiting children. A loader that
/// suspends a caller calls `suspend(_:)`, which also counts the caller as no longer running.
/// When the count reaches zero nothing can enqueue another key until a batch returns, so
/// every loader with queued keys is dispatched then. Loaders resume their callers with
/// `begin()` first. Reached through the `current` task-local, which child tasks inherit.
final class BatchCoordinator: Sendable {
    @TaskLocal static var current: BatchCoordinator?

    private struct State {
        var running = 0
        var waitingLoaders: [any BatchDispatching] = []
    }

    private let state = Mutex(State())

    init() {}

    /// One more task is running.
    func begin() {
        state.withLock { $0.running += 1 }
    }

    /// A running task finished or is about to await its children.
    func end() {
        let ready = state.withLock { state -> [any BatchDispatching] in
            state.running -= 1
            return state.running == 0 ? takeWaiting(&state) : []
        }
        for loader in ready { loader.dispatchQueued() }
    }

    /// A running task suspended on `loader` until its batch returns.
    func suspend(on loader: any BatchDispatching) {
        let ready = state.withLock { state -> [any BatchDispatching] in
            state.running -= 1
            if !state.waitingLoaders.contains(where: { $0 === loader }) {
                state.waitingLoaders.append(loader)
            }
            return state.running == 0 ? takeWaiting(&state) : []
        }
        for loader in ready { loader.dispatchQueued() }
    }

    private func takeWaiting(_ state: inout State) -> [any BatchDispatching] {
        let loaders = state.waitingLoaders
        state.waitingLoaders.removeAll(keepingCapacity: true)
        return loaders
    }
}

/// A loader the coordinator can tell to send its queued keys.
protocol BatchDispatching: AnyObject, Sendable {
    func dispatchQueued()
}
