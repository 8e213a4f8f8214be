import Foundation
import MariaDB

/// SQL over `auth_attempts`: a sliding-window counter per bucket (e.g. `login:account:<email>`,
/// `login:address:<ip>`) that every instance shares through the database.
public enum AuthAttemptRepository {
    /// One bucket's attempts inside the window: how many, and when the oldest happened.
    public struct WindowCount: Sendable, Hashable {
        public var count: Int
        public var oldest: Date?
    }

    /// Records one attempt in each bucket, then counts each bucket's attempts since
    /// `windowStart` (this attempt included). Recording before counting means concurrent
    /// attempts on several instances all see each other. Rows older than `pruneBefore` in
    /// these buckets are deleted on the way.
    public static func recordAndCount(
        buckets: [String], now: Date, windowStart: Date, pruneBefore: Date, on connection: MariaDBConnection
    ) async throws -> [String: WindowCount] {
        guard !buckets.isEmpty else { return [:] }
        let marks = SQLPlaceholders.list(buckets.count)
        try await connection.execute(
            "DELETE FROM auth_attempts WHERE bucket IN (\(marks)) AND attempted_at < ?", buckets + [pruneBefore] as [any MariaDBBindable])
        let values = Array(repeating: "(?, ?)", count: buckets.count).joined(separator: ", ")
        var binds: [any MariaDBBindable] = []
        for bucket in buckets { binds.append(bucket); binds.append(now) }
        try await connection.execute("INSERT INTO auth_attempts (bucket, attempted_at) VALUES \(values)", binds)
        let rows = try await connection.query(
            """
            SELECT bucket, COUNT(*) AS attempts, MIN(attempted_at) AS oldest FROM auth_attempts
            WHERE bucket IN (\(marks)) AND attempted_at >= ? GROUP BY bucket
            """,
            buckets + [windowStart] as [any MariaDBBindable])
        var counts: [String: WindowCount] = [:]
        for row in rows {
            counts[try row.decode("bucket")] = WindowCount(count: try row.decode("attempts"), oldest: try row.decode("oldest"))
        }
        return counts
    }
}
