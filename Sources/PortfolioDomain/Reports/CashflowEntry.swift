/// One money movement for the cashflow report: a payment received (income) or an expense or
/// deposit refund paid out (expense). Repositories produce these rows.
public struct CashflowEntry: Hashable, Sendable {
    /// Which way the money moved.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case income = "INCOME"
        case expense = "EXPENSE"
    }

    public var buildingId: EntityID
    public var direction: Direction
    /// Free-form category: a charge kind for income (`RENT`, `UTILITY`), an expense category
    /// (`repairs`, `utilities`), `DEPOSIT_REFUND`.
    public var category: String
    public var date: LocalDate
    /// Positive amount; the direction says which way it flowed.
    public var amount: Money

    public init(buildingId: EntityID, direction: Direction, category: String, date: LocalDate, amount: Money) {
        self.buildingId = buildingId
        self.direction = direction
        self.category = category
        self.date = date
        self.amount = amount
    }
}
