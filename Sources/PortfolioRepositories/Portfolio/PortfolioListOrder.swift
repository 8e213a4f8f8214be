/// The orderings the portfolio lists offer; each maps to one never-NULL SQL expression
/// (keyset paging compares cursor values), with the row id as the tie-breaker.
public enum PortfolioListOrder: String, Sendable, CaseIterable {
    case name = "NAME"
    case code = "CODE"
    case label = "LABEL"
    case level = "LEVEL"
    case createdAt = "CREATED_AT"
}
