/// Cashflow for one month (seed 000 `GET /reports/cashflow?month=`): income, expenses and net
/// for the whole portfolio, per building and per category.
///
/// Definitions: only entries dated inside the month count; income = Σ income entries,
/// expenses = Σ expense entries, net = income − expenses; per-building and per-category
/// figures partition the totals exactly (they add up to the portfolio figures). Reversed
/// payments are left out by the repository (a reversal is not income).
public struct CashflowReport: Hashable, Sendable {
    /// Income, expenses and net (= income − expenses) for one scope.
    public struct Totals: Hashable, Sendable {
        public let income: Money
        public let expenses: Money
        public let net: Money
    }

    /// One building's figures for the month.
    public struct BuildingLine: Hashable, Sendable {
        public let buildingId: EntityID
        public let totals: Totals
    }

    /// The month's amount for one category in one direction.
    public struct CategoryLine: Hashable, Sendable {
        public let direction: CashflowEntry.Direction
        public let category: String
        public let amount: Money
    }

    public let month: BillingMonth
    public let currency: CurrencyCode
    public let totals: Totals
    /// Buildings with at least one entry in the month, by id.
    public let buildings: [BuildingLine]
    /// Income categories first, then expense categories, each by name.
    public let categories: [CategoryLine]

    public init(month: BillingMonth, currency: CurrencyCode, entries: [CashflowEntry]) throws(DomainError) {
        self.month = month
        self.currency = currency
        let zero = Money.zero(currency)
        var income = zero, expenses = zero
        var perBuilding: [EntityID: (income: Money, expenses: Money)] = [:]
        var perCategory: [String: Money] = [:]
        var categoryKeys: [String: (CashflowEntry.Direction, String)] = [:]
        for e in entries where month.contains(e.date) {
            try e.amount.checkedSameCurrency(zero)
            var b = perBuilding[e.buildingId] ?? (zero, zero)
            switch e.direction {
            case .income:
                income = try income.adding(e.amount)
                b.income = try b.income.adding(e.amount)
            case .expense:
                expenses = try expenses.adding(e.amount)
                b.expenses = try b.expenses.adding(e.amount)
            }
            perBuilding[e.buildingId] = b
            let key = e.direction.rawValue + "\u{0}" + e.category
            categoryKeys[key] = (e.direction, e.category)
            perCategory[key] = try (perCategory[key] ?? zero).adding(e.amount)
        }
        totals = Totals(income: income, expenses: expenses, net: try income.subtracting(expenses))
        var lines: [BuildingLine] = []
        for (id, t) in perBuilding {
            lines.append(BuildingLine(buildingId: id, totals: Totals(income: t.income, expenses: t.expenses, net: try t.income.subtracting(t.expenses))))
        }
        buildings = lines.sorted { $0.buildingId < $1.buildingId }
        categories = categoryKeys.map { key, value in CategoryLine(direction: value.0, category: value.1, amount: perCategory[key]!) }
            .sorted { ($0.direction == .income ? 0 : 1, $0.category) < ($1.direction == .income ? 0 : 1, $1.category) }
    }
}
