import Foundation
import PortfolioDomain
import PortfolioRepositories

// The values report types resolve from: repository rows with every amount already turned
// into `Money` in the organization's currency.

/// Amounts per aging bucket (`AgingAmounts`), in `AgingBucket.allCases` order.
struct AgingAmounts: Sendable {
    let buckets: [Money]
    let total: Money

    init(minorUnits: [Int64], currency: CurrencyCode) throws {
        buckets = minorUnits.map { Money(minorUnits: $0, currency: currency) }
        var sum = Money.zero(currency)
        for amount in buckets { sum = try sum.adding(amount) }
        total = sum
    }
}

/// `DelinquencyReport`.
struct DelinquencyReportValue: Sendable {
    let asOf: LocalDate
    let rows: [DelinquencyRowValue]
    let totals: AgingAmounts
}

/// `DelinquencyRow`.
struct DelinquencyRowValue: Sendable {
    let row: DelinquencyRepository.Row
    let amounts: AgingAmounts
}

/// `CashflowTotals`: the domain's totals (whose expenses include refunds) split into
/// expenses and deposit refunds.
struct CashflowTotalsValue: Sendable {
    let income: Money
    let expenses: Money
    let depositRefunds: Money
    let net: Money

    init(_ totals: CashflowReport.Totals, depositRefunds: Money) throws {
        income = totals.income
        expenses = try totals.expenses.subtracting(depositRefunds)
        self.depositRefunds = depositRefunds
        net = totals.net
    }
}

/// `CashflowReport`.
struct CashflowReportValue: Sendable {
    let report: CashflowReport
    let totals: CashflowTotalsValue
    let buildings: [CashflowBuildingValue]
}

/// `CashflowBuildingLine`.
struct CashflowBuildingValue: Sendable {
    let buildingID: String
    let buildingName: String
    let totals: CashflowTotalsValue
}

/// `PaymentsFeedEntry`.
struct PaymentsFeedEntryValue: Sendable {
    let entry: PaymentsFeedRepository.Entry
    let amount: Money
}

/// `RentRoll`.
struct RentRollValue: Sendable {
    let asOf: LocalDate
    let rows: [RentRollRowValue]
    let scheduledRent: Money
    let totalBalance: Money
}

/// `RentRollRow`.
struct RentRollRowValue: Sendable {
    let row: RentRollRepository.Row
    let rent: Money?
    let balance: Money
}

extension UUID {
    /// The id as the API prints it (lower case, as MariaDB stores it).
    var apiID: String { uuidString.lowercased() }
}
