import MariaDB

/// The WHERE clause of a query, built from conditions and their bound values. Values are
/// always bound, never spliced into the SQL text.
public struct SQLConditions: Sendable {
    public private(set) var clauses: [String] = []
    public private(set) var binds: [any MariaDBBindable] = []

    public init() {}

    /// Adds `sql` (with `?` for each of `values`) joined by AND.
    public mutating func add(_ sql: String, _ values: any MariaDBBindable...) {
        clauses.append(sql)
        binds.append(contentsOf: values)
    }

    /// Adds `sql` with an array of values (for `IN (…)` lists built with `SQLPlaceholders`).
    public mutating func add(_ sql: String, values: [any MariaDBBindable]) {
        clauses.append(sql)
        binds.append(contentsOf: values)
    }

    /// `expression IN (?, …)`; with no values the condition matches nothing.
    public mutating func add(_ expression: String, in values: [any MariaDBBindable]) {
        if values.isEmpty {
            clauses.append("FALSE")
        } else {
            add("\(expression) IN (\(SQLPlaceholders.list(values.count)))", values: values)
        }
    }

    /// A case-insensitive substring match of any of `expressions` (the columns use a
    /// case-insensitive collation); `%` and `_` in `text` match literally.
    public mutating func addContains(_ text: String, in expressions: [String]) {
        let pattern = "%" + Self.escapeLike(text) + "%"
        clauses.append("(" + expressions.map { "\($0) LIKE ?" }.joined(separator: " OR ") + ")")
        for _ in expressions { binds.append(pattern) }
    }

    /// Restricts rows of `R` aliased `alias` to `scope`: its organization, and for a tenant
    /// scope the rows `R.tenantOwnership` accepts (none when the type declares no rule).
    public mutating func add<R: Record>(scope: RecordScope, for type: R.Type, alias: String) {
        add("\(alias).org_id = ?", scope.orgID)
        if let user = scope.tenantUserID {
            if let condition = R.tenantOwnership(alias) {
                add(condition, user)
            } else {
                clauses.append("FALSE")
            }
        }
    }

    /// `WHERE …` or the empty string.
    public var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

    /// `text` with LIKE's wildcards and escape character escaped.
    public static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
