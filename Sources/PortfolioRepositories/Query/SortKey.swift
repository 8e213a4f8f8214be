/// One ordering term of a list. The expression must never be NULL (wrap nullable columns
/// in `COALESCE`), because keyset paging compares cursor values with `<`/`>`.
public struct SortKey: Sendable, Hashable {
    public let expression: String
    public let ascending: Bool

    public init(_ expression: String, ascending: Bool = true) {
        self.expression = expression
        self.ascending = ascending
    }
}
