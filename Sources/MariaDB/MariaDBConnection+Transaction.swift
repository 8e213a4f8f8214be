extension MariaDBConnection {
    /// Runs `body` inside a transaction: `START TRANSACTION`, then `COMMIT` when `body`
    /// returns, `ROLLBACK` when it throws (the error is rethrown unchanged).
    ///
    /// - Parameters:
    ///   - isolation: the level for this transaction only; nil keeps the session's level.
    ///   - readOnly: starts `READ ONLY` (lets InnoDB skip locking work for reports).
    public func transaction<R>(
        isolation: MariaDBIsolationLevel? = .repeatableRead,
        readOnly: Bool = false,
        _ body: (MariaDBConnection) async throws -> R
    ) async throws -> R {
        if let isolation {
            try await executeControl("SET TRANSACTION ISOLATION LEVEL \(isolation.rawValue)")
        }
        try await executeControl(readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION")
        let result: R
        do {
            result = try await body(self)
        } catch {
            await rollbackQuietly()
            throw error
        }
        do {
            try await executeControl("COMMIT")
        } catch {
            await rollbackQuietly()
            throw error
        }
        return result
    }

    /// Rolls back after a failure; if even that fails the connection is closed, because
    /// its transaction state is unknown (the pool then replaces it).
    func rollbackQuietly() async {
        do {
            try await executeControl("ROLLBACK")
        } catch {
            logger.warning("ROLLBACK failed; discarding connection", metadata: ["error": "\(error)"])
            await close()
        }
    }
}
