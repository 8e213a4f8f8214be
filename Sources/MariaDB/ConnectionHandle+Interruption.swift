import NIOPosix

/// Per-handle bookkeeping for interrupting a running statement.
struct ExecutionState: Sendable {
    /// The last generation handed out by `reserveExecution()`.
    var lastGeneration: UInt64 = 0
    /// The generation of the statement running now; nil when idle.
    var running: UInt64?
    /// True while another connection is sending `KILL QUERY` for this one; no new
    /// statement may start until it is done, so the kill cannot hit a later statement.
    var killInFlight = false
}

extension ConnectionHandle {
    /// A number identifying the next statement on this handle, taken before it is queued.
    func reserveExecution() -> UInt64 {
        execution.withLock { state in
            state.lastGeneration += 1
            return state.lastGeneration
        }
    }

    /// Marks statement `generation` as running; waits while a kill for an earlier statement
    /// is still being delivered. Client threads only.
    func beginExecution(_ generation: UInt64) {
        while true {
            let started = execution.withLock { state -> Bool in
                guard !state.killInFlight else { return false }
                state.running = generation
                return true
            }
            if started { return }
            usleep(1_000)
        }
    }

    /// Marks the handle idle again.
    func endExecution() {
        execution.withLock { $0.running = nil }
    }

    /// Asks the server to abort statement `generation` if it is still running, by sending
    /// `KILL QUERY <connection id>` over a short-lived second connection (the blocked thread
    /// cannot do it itself). Returns at once; the kill runs on `NIOThreadPool.singleton`.
    ///
    /// Only the statement that was running when the request arrived can be hit: the check
    /// and the in-flight flag are set under one lock, and no later statement starts on this
    /// handle until the kill has been delivered (the server forgets a KILL QUERY aimed at an
    /// idle connection when the next statement starts).
    func interrupt(_ generation: UInt64) {
        let shouldKill = execution.withLock { state -> Bool in
            guard state.running == generation, !state.killInFlight else { return false }
            state.killInFlight = true
            return true
        }
        guard shouldKill else { return }
        let configuration = self.configuration
        let target = connectionID
        NIOThreadPool.singleton.submit { _ in
            defer { self.execution.withLock { $0.killInFlight = false } }
            guard let killer = try? ConnectionHandle.connect(configuration) else { return }
            defer { killer.close() }
            _ = try? killer.executeText("KILL QUERY \(target)")
        }
    }
}
