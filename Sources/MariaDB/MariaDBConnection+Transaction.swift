extension MariaDBConnection {
    /// Runs `body` inside a transaction: `START TRANSACTION`, then `COMMIT` when `body`
    /// returns, `ROLLBACK` when it throws (the error is rethrown unchanged).
    ///
    /// Called while a transaction is already open on this connection, it nests with a
    /// savepoint instead (`SAVEPOINT` / `RELEASE SAVEPOINT` / `ROLLBACK TO SAVEPOINT`), so a
    /// failing inner step undoes only its own changes and never commits the outer
    /// transaction early (a plain `START TRANSACTION` would). `isolation` and `readOnly`
    /// then have no effect: they belong to the outer transaction.
    ///
    /// - Parameters:
    ///   - isolation: the level for this transaction only; nil keeps the session's level.
    ///   - readOnly: starts `READ ONLY` (lets InnoDB skip locking work for reports).
    @discardableResult
    public func transaction<R>(
        isolation: MariaDBIsolationLevel? = .repeatableRead,
        readOnly: Bool = false,
        _ body: (MariaDBConnection) async throws -> R
    ) async throws -> R {
        if isInTransaction {
            return try await savepoint(body)
        }
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

    /// A nested step of an open transaction, undone alone when `body` throws.
    private func savepoint<R>(_ body: (MariaDBConnection) async throws -> R) async throws -> R {
        handle.savepointDepth += 1
        defer { handle.savepointDepth -= 1 }
        let name = "portfolio_sp_\(handle.savepointDepth)"
        try await executeControl("SAVEPOINT \(name)")
        let result: R
        do {
            result = try await body(self)
        } catch {
            // A deadlock already rolled back the whole transaction, and with it the savepoint.
            if !((error as? MariaDBError)?.kind == .deadlock) {
                do {
                    try await executeControl("ROLLBACK TO SAVEPOINT \(name)")
                } catch {
                    logger.warning("ROLLBACK TO SAVEPOINT failed", metadata: ["error": "\(error)"])
                }
            }
            throw error
        }
        try await executeControl("RELEASE SAVEPOINT \(name)")
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
