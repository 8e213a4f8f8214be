import MariaDB

/// A value built from one result row. Every repository decodes rows through this one
/// protocol, so lists, look-ups by id and batch loads share a single decoding path.
public protocol RowDecodable: Sendable {
    init(row: MariaDBRow) throws
}

/// A row type backed by one table: its name and the columns `init(row:)` reads. Generic
/// look-ups (`RecordLookup`) and lists (`ListQuery`) build their SELECT from these.
public protocol Record: RowDecodable {
    /// The table the record lives in.
    static var table: String { get }
    /// The columns `init(row:)` decodes, unqualified.
    static var columns: [String] { get }
    /// A condition on the row aliased `alias` that holds when it belongs to a tenant linked
    /// to the user bound at its one `?` (the TENANT role's own-records scope), e.g. a lease
    /// the user is a party of. nil (the default) means tenants never see this kind of row:
    /// secure unless a record type says otherwise.
    static func tenantOwnership(_ alias: String) -> String?
}

extension Record {
    public static func tenantOwnership(_ alias: String) -> String? { nil }

    /// The select list `a.col1, a.col2, …` for the table aliased as `alias`.
    public static func selectList(_ alias: String) -> String {
        columns.map { "\(alias).\($0)" }.joined(separator: ", ")
    }
}
