/// Placeholder lists for statements whose number of bound values varies: `IN (…)` lists
/// and multi-row inserts. One place, so every repository binds values the same way
/// (never by splicing them into SQL text).
enum SQLPlaceholders {
    /// `?, ?, ?` for `count` values.
    static func list(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
