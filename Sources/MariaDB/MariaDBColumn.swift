/// Metadata of one result column, as the server described it.
public struct MariaDBColumn: Sendable, Hashable, CustomStringConvertible {
    /// The column name or alias (`AS name`) — what `MariaDBRow.decode(_:)` looks up.
    public let name: String
    /// The table (or alias) it came from; empty for expressions.
    public let table: String
    /// The wire type.
    public let type: MariaDBColumnType
    /// True for UNSIGNED integer columns.
    public let isUnsigned: Bool
    /// True when the column holds bytes rather than text (binary charset: BLOB, BINARY...).
    public let isBinary: Bool
    /// Digits after the point for DECIMAL, or fractional-second digits for temporal types.
    public let decimals: Int
    /// MariaDB's extended type name when the server sends one (e.g. `uuid`, `inet6`,
    /// `json`); nil for ordinary types.
    public let extendedTypeName: String?

    /// Creates column metadata (the connection builds these from the server's description).
    public init(
        name: String, table: String = "", type: MariaDBColumnType, isUnsigned: Bool = false,
        isBinary: Bool = false, decimals: Int = 0, extendedTypeName: String? = nil
    ) {
        self.name = name
        self.table = table
        self.type = type
        self.isUnsigned = isUnsigned
        self.isBinary = isBinary
        self.decimals = decimals
        self.extendedTypeName = extendedTypeName
    }

    /// The SQL type as people write it: `UUID`, `BIGINT UNSIGNED`, `BLOB`...
    public var typeName: String {
        if let extendedTypeName { return extendedTypeName.uppercased() }
        if isBinary {
            switch type {
            case .string: return "BINARY"
            case .varString, .varchar: return "VARBINARY"
            default: break
            }
        } else if [MariaDBColumnType.tinyBlob, .mediumBlob, .longBlob, .blob].contains(type) {
            return "TEXT"
        }
        return isUnsigned ? "\(type) UNSIGNED" : type.description
    }

    public var description: String { "'\(name)' (\(typeName))" }
}

/// The columns of a result set, shared by all its rows, with a name index.
///
/// Immutable after creation, so it is Sendable as a plain final class.
public final class MariaDBColumnSet: Sendable {
    /// The columns in result order.
    public let columns: [MariaDBColumn]
    /// Exact name → index; the first column wins when names repeat.
    private let exactIndex: [String: Int]
    /// Lowercased name → index, because MariaDB column names are case-insensitive.
    private let caseInsensitiveIndex: [String: Int]

    /// Indexes `columns` by name.
    public init(_ columns: [MariaDBColumn]) {
        self.columns = columns
        var exact: [String: Int] = [:]
        var folded: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            if exact[column.name] == nil { exact[column.name] = index }
            if folded[column.name.lowercased()] == nil { folded[column.name.lowercased()] = index }
        }
        self.exactIndex = exact
        self.caseInsensitiveIndex = folded
    }

    /// The index of the column named `name` (exact match first, then case-insensitive);
    /// nil when the result has no such column.
    public func index(of name: String) -> Int? {
        exactIndex[name] ?? caseInsensitiveIndex[name.lowercased()]
    }

    /// The number of columns.
    public var count: Int { columns.count }
}
