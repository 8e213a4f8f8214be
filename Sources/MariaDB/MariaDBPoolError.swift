/// Why the pool could not hand out a connection.
public enum MariaDBPoolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every connection stayed busy for the whole checkout timeout.
    case checkoutTimeout(Duration)
    /// The pool was closed (application shutting down).
    case closed
    /// A connection was used after `withConnection` returned it to the pool.
    case connectionReleased

    public var description: String {
        switch self {
        case .checkoutTimeout(let timeout):
            "no MariaDB connection became free within \(timeout); the pool is exhausted"
        case .closed:
            "the MariaDB connection pool is closed"
        case .connectionReleased:
            "a MariaDB connection was used after it went back to the pool"
        }
    }
}
