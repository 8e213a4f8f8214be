/// Transaction isolation levels (`SET TRANSACTION ISOLATION LEVEL ...`).
///
/// InnoDB's default is `.repeatableRead`; ledger writes that read-then-write balances use
/// it with `SELECT ... FOR UPDATE`, reports may use `.readCommitted`.
public enum MariaDBIsolationLevel: String, Sendable, Hashable, CaseIterable {
    /// Sees other transactions' uncommitted changes (dirty reads); rarely appropriate.
    case readUncommitted = "READ UNCOMMITTED"
    /// Each statement sees the data committed before it started.
    case readCommitted = "READ COMMITTED"
    /// All plain reads see one snapshot taken at the first read (InnoDB's default).
    case repeatableRead = "REPEATABLE READ"
    /// Like repeatable read, but plain SELECTs take shared locks.
    case serializable = "SERIALIZABLE"
}
