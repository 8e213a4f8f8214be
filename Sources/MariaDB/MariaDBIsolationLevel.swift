/// Transaction isolation levels (`SET TRANSACTION ISOLATION LEVEL ...`).
///
/// InnoDB's default is `.repeatableRead`; ledger writes that read-then-write balances use
/// it with `SELECT ... FOR UPDATE`, reports may use `.readCommitted`.
public enum MariaDBIsolationLevel: String, Sendable, Hashable, CaseIterable {
    case readUncommitted = "READ UNCOMMITTED"
    case readCommitted = "READ COMMITTED"
    case repeatableRead = "REPEATABLE READ"
    case serializable = "SERIALIZABLE"
}
