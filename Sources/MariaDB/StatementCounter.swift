import Synchronization

/// Counts the SQL statements sent to the server through a pool's connections, so tests
/// can prove that a request costs a bounded number of statements (no N+1 query patterns)
/// and benchmarks can report statements per operation. Shared by every connection a pool
/// lends; the count only grows.
public final class StatementCounter: Sendable {
    // `Atomic` makes the shared counter safe to bump from any thread without a lock.
    private let value = Atomic<Int>(0)

    public init() {}

    /// Statements sent so far (prepared statements and text scripts; transaction control
    /// such as COMMIT/ROLLBACK is not counted).
    public var count: Int { value.load(ordering: .relaxed) }

    func increment() {
        value.wrappingAdd(1, ordering: .relaxed)
    }
}
