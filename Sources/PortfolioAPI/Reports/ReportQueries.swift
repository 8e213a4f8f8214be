import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `Query.delinquencyReport`, `Query.cashflowReport`, `Query.paymentsFeed` and
/// `Query.rentRoll` (all behind `@requires(permission: REPORTS_READ)`): one aggregated SQL
/// statement per report (definitions in docs/api/reports.md), amounts in the
/// organization's currency.
enum ReportQueries {
    static let table: [String: FieldResolver] = [
        "Query.delinquencyReport": .async { _, arguments, context, _ in try await delinquency(arguments, try APIContext.from(context)) },
        "Query.cashflowReport": .async { _, arguments, context, _ in try await cashflow(arguments, try APIContext.from(context)) },
        "Query.paymentsFeed": .async { _, arguments, context, _ in try await paymentsFeed(arguments, try APIContext.from(context)) },
        "Query.rentRoll": .async { _, arguments, context, _ in try await rentRoll(arguments, try APIContext.from(context)) },
    ]

    static func delinquency(_ arguments: ObjectValue, _ api: APIContext) async throws -> DelinquencyReportValue {
        let scope = try api.recordScope(.reportsRead)
        let currency = try api.organizationCurrency()
        let asOf = try date(arguments, "asOf")
        let rows = try await api.requirePool().withConnection {
            try await DelinquencyRepository.rows(orgID: scope.orgID, asOf: asOf, on: $0)
        }
        var sums = [Int64](repeating: 0, count: AgingBucket.allCases.count)
        var values: [DelinquencyRowValue] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            for index in sums.indices { sums[index] += row.buckets[index] }
            values.append(DelinquencyRowValue(row: row, amounts: try AgingAmounts(minorUnits: row.buckets, currency: currency)))
        }
        return DelinquencyReportValue(asOf: asOf, rows: values, totals: try AgingAmounts(minorUnits: sums, currency: currency))
    }

    static func cashflow(_ arguments: ObjectValue, _ api: APIContext) async throws -> CashflowReportValue {
        let scope = try api.recordScope(.reportsRead)
        let currency = try api.organizationCurrency()
        guard case .string(let text)? = arguments["month"] else { throw APIErrors.badUserInput([]) }
        let month = try BillingMonth(parsing: text)
        let groups = try await api.requirePool().withConnection {
            try await CashflowRepository.groups(orgID: scope.orgID, month: month, on: $0)
        }
        // Each aggregated group is one entry dated on the month's first day: the domain
        // report adds them into portfolio, building and category figures.
        let entries = groups.map {
            CashflowEntry(buildingId: EntityID($0.buildingID.apiID), direction: $0.direction, category: $0.category,
                          date: month.firstDay, amount: Money(minorUnits: $0.amountMinor, currency: currency))
        }
        let report = try CashflowReport(month: month, currency: currency, entries: entries)
        var refunds: [String: Int64] = [:]
        var names: [String: String] = [:]
        for group in groups {
            names[group.buildingID.apiID] = group.buildingName
            if group.direction == .expense, group.category == CashflowRepository.depositRefundCategory {
                refunds[group.buildingID.apiID, default: 0] += group.amountMinor
            }
        }
        let buildings = try report.buildings.map { line in
            let id = line.buildingId.description
            return CashflowBuildingValue(
                buildingID: id, buildingName: names[id] ?? "",
                totals: try CashflowTotalsValue(line.totals, depositRefunds: Money(minorUnits: refunds[id] ?? 0, currency: currency)))
        }
        let totalRefunds = Money(minorUnits: refunds.values.reduce(0, +), currency: currency)
        return CashflowReportValue(report: report, totals: try CashflowTotalsValue(report.totals, depositRefunds: totalRefunds),
                                   buildings: buildings)
    }

    static func paymentsFeed(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.reportsRead)
        let currency = try api.organizationCurrency()
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let input = InputObject(arguments, "filter")
        var filter = PaymentsFeedRepository.Filter()
        if case .list(let types)? = input.fields["types"] {
            filter.types = types.compactMap { enumText($0) }
        }
        filter.direction = enumText(input.fields["direction"])
        filter.status = enumText(input.fields["status"])
        filter.unitID = input.string("unitId").map(idOrNone)
        filter.leaseID = input.string("leaseId").map(idOrNone)
        var errors: [FieldError] = []
        filter.from = InputValidation.date(input.string("from"), field: "from", into: &errors)
        filter.to = InputValidation.date(input.string("to"), field: "to", into: &errors)
        try InputValidation.finish(errors)
        let list = PaymentsFeedRepository.list(orgID: scope.orgID, filter: filter)
        return try await api.connection(list, page: paging) {
            PaymentsFeedEntryValue(entry: $0, amount: Money(minorUnits: $0.amountMinor, currency: currency))
        }
    }

    static func rentRoll(_ arguments: ObjectValue, _ api: APIContext) async throws -> RentRollValue {
        let scope = try api.recordScope(.reportsRead)
        let currency = try api.organizationCurrency()
        let asOf = try date(arguments, "asOf")
        let rows = try await api.requirePool().withConnection {
            try await RentRollRepository.rows(orgID: scope.orgID, asOf: asOf, on: $0)
        }
        var scheduled = Money.zero(currency), balance = Money.zero(currency)
        var values: [RentRollRowValue] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            let rowBalance = Money(minorUnits: row.balanceMinor, currency: currency)
            if let rent = row.leaseRentMinor {
                scheduled = try scheduled.adding(Money(minorUnits: rent, currency: currency))
                balance = try balance.adding(rowBalance)
            }
            let rent = (row.leaseRentMinor ?? row.baseRentMinor).map { Money(minorUnits: $0, currency: currency) }
            values.append(RentRollRowValue(row: row, rent: rent, balance: rowBalance))
        }
        return RentRollValue(asOf: asOf, rows: values, scheduledRent: scheduled, totalBalance: balance)
    }

    /// A `Date!` argument (already checked by the scalar).
    static func date(_ arguments: ObjectValue, _ name: String) throws -> LocalDate {
        guard case .string(let text)? = arguments[name] else { throw APIErrors.badUserInput([]) }
        return try LocalDate(parsing: text, field: name)
    }

    /// An enum input value's name.
    static func enumText(_ value: Value?) -> String? {
        switch value {
        case .string(let text)?: return text
        default: return nil
        }
    }

    /// A filter id: a malformed id cannot name any row, so it matches nothing.
    static func idOrNone(_ text: String) -> UUID {
        UUID(uuidString: text) ?? UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
    }
}
