import Logging

/// Runs `operation` (typically a whole transaction) again when it fails with a deadlock
/// (ER_LOCK_DEADLOCK 1213) or lock wait timeout (ER_LOCK_WAIT_TIMEOUT 1205), up to
/// `maxAttempts` times in total; other errors, and the last transient one, are rethrown.
///
/// Between attempts it sleeps `baseDelay × 2^(attempt-1)`, randomised between 50% and 150%
/// so the competing transactions do not collide again in lockstep, capped at one second.
nonisolated(nonsending) public func retryingDeadlocks<R>(
    maxAttempts: Int = 5,
    baseDelay: Duration = .milliseconds(10),
    logger: Logger? = nil,
    _ operation: () async throws -> R
) async throws -> R {
    precondition(maxAttempts > 0, "maxAttempts must be positive")
    var attempt = 1
    while true {
        do {
            return try await operation()
        } catch let error as MariaDBError where error.isTransient && attempt < maxAttempts {
            let factor = Double(1 << min(attempt - 1, 16)) * Double.random(in: 0.5...1.5)
            let delay = min(baseDelay * factor, .seconds(1))
            logger?.debug(
                "retrying transaction after lock conflict",
                metadata: ["attempt": "\(attempt)", "code": "\(error.code)", "delay": "\(delay)"])
            try await Task.sleep(for: delay)
            attempt += 1
        }
    }
}
