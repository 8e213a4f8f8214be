import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// Field resolvers of the report types (`DelinquencyReport`, `CashflowReport`,
/// `PaymentsFeedEntry`, `RentRoll`, …): plain reads of values the report queries built.
enum ReportTypeResolvers {
    static let table: [String: FieldResolver] = Connection.resolvers("PaymentsFeedEntry")
        .merging(delinquency) { a, _ in a }
        .merging(cashflow) { a, _ in a }
        .merging(feed) { a, _ in a }
        .merging(rentRoll) { a, _ in a }

    /// A resolver reading one property of a `T` parent.
    static func read<T>(_ type: T.Type, _ get: @escaping @Sendable (T) -> (any Sendable)?) -> FieldResolver {
        .sync { source, _, _, _ in get(try cast(source, as: T.self)) }
    }

    static let delinquency: [String: FieldResolver] = [
        "AgingAmounts.days0To30": read(AgingAmounts.self) { $0.buckets[0] },
        "AgingAmounts.days31To60": read(AgingAmounts.self) { $0.buckets[1] },
        "AgingAmounts.days61To90": read(AgingAmounts.self) { $0.buckets[2] },
        "AgingAmounts.over90": read(AgingAmounts.self) { $0.buckets[3] },
        "AgingAmounts.total": read(AgingAmounts.self) { $0.total },
        "DelinquencyReport.asOf": read(DelinquencyReportValue.self) { $0.asOf },
        "DelinquencyReport.rows": read(DelinquencyReportValue.self) { $0.rows },
        "DelinquencyReport.totals": read(DelinquencyReportValue.self) { $0.totals },
        "DelinquencyRow.leaseId": read(DelinquencyRowValue.self) { $0.row.leaseID.apiID },
        "DelinquencyRow.unitId": read(DelinquencyRowValue.self) { $0.row.unitID.apiID },
        "DelinquencyRow.unitLabel": read(DelinquencyRowValue.self) { $0.row.unitLabel },
        "DelinquencyRow.buildingId": read(DelinquencyRowValue.self) { $0.row.buildingID.apiID },
        "DelinquencyRow.buildingName": read(DelinquencyRowValue.self) { $0.row.buildingName },
        "DelinquencyRow.tenantName": read(DelinquencyRowValue.self) { $0.row.tenantName },
        "DelinquencyRow.chargeCount": read(DelinquencyRowValue.self) { $0.row.chargeCount },
        "DelinquencyRow.oldestDueDate": read(DelinquencyRowValue.self) { $0.row.oldestDueDate },
        "DelinquencyRow.amounts": read(DelinquencyRowValue.self) { $0.amounts },
    ]

    static let cashflow: [String: FieldResolver] = [
        "CashflowTotals.income": read(CashflowTotalsValue.self) { $0.income },
        "CashflowTotals.expenses": read(CashflowTotalsValue.self) { $0.expenses },
        "CashflowTotals.depositRefunds": read(CashflowTotalsValue.self) { $0.depositRefunds },
        "CashflowTotals.net": read(CashflowTotalsValue.self) { $0.net },
        "CashflowReport.month": read(CashflowReportValue.self) { $0.report.month },
        "CashflowReport.totals": read(CashflowReportValue.self) { $0.totals },
        "CashflowReport.buildings": read(CashflowReportValue.self) { $0.buildings },
        "CashflowReport.categories": read(CashflowReportValue.self) { $0.report.categories },
        "CashflowBuildingLine.buildingId": read(CashflowBuildingValue.self) { $0.buildingID },
        "CashflowBuildingLine.buildingName": read(CashflowBuildingValue.self) { $0.buildingName },
        "CashflowBuildingLine.totals": read(CashflowBuildingValue.self) { $0.totals },
        "CashflowCategoryLine.direction": read(CashflowReport.CategoryLine.self) { $0.direction == .income ? "IN" : "OUT" },
        "CashflowCategoryLine.category": read(CashflowReport.CategoryLine.self) { $0.category },
        "CashflowCategoryLine.amount": read(CashflowReport.CategoryLine.self) { $0.amount },
    ]

    static let feed: [String: FieldResolver] = [
        "PaymentsFeedEntry.id": read(PaymentsFeedEntryValue.self) { $0.entry.id.apiID },
        "PaymentsFeedEntry.type": read(PaymentsFeedEntryValue.self) { $0.entry.type },
        "PaymentsFeedEntry.direction": read(PaymentsFeedEntryValue.self) { $0.entry.direction },
        "PaymentsFeedEntry.status": read(PaymentsFeedEntryValue.self) { $0.entry.status },
        "PaymentsFeedEntry.date": read(PaymentsFeedEntryValue.self) { $0.entry.date },
        "PaymentsFeedEntry.amount": read(PaymentsFeedEntryValue.self) { $0.amount },
        "PaymentsFeedEntry.method": read(PaymentsFeedEntryValue.self) { $0.entry.method },
        "PaymentsFeedEntry.reference": read(PaymentsFeedEntryValue.self) { $0.entry.reference },
        "PaymentsFeedEntry.leaseId": read(PaymentsFeedEntryValue.self) { $0.entry.leaseID?.apiID },
        "PaymentsFeedEntry.unitId": read(PaymentsFeedEntryValue.self) { $0.entry.unitID?.apiID },
        "PaymentsFeedEntry.buildingId": read(PaymentsFeedEntryValue.self) { $0.entry.buildingID.apiID },
    ]

    static let rentRoll: [String: FieldResolver] = [
        "RentRoll.asOf": read(RentRollValue.self) { $0.asOf },
        "RentRoll.rows": read(RentRollValue.self) { $0.rows },
        "RentRoll.unitCount": read(RentRollValue.self) { $0.rows.count },
        "RentRoll.occupiedCount": read(RentRollValue.self) { $0.rows.count(where: \.row.isOccupied) },
        "RentRoll.scheduledRent": read(RentRollValue.self) { $0.scheduledRent },
        "RentRoll.totalBalance": read(RentRollValue.self) { $0.totalBalance },
        "RentRollRow.unitId": read(RentRollRowValue.self) { $0.row.unitID.apiID },
        "RentRollRow.unitLabel": read(RentRollRowValue.self) { $0.row.unitLabel },
        "RentRollRow.buildingId": read(RentRollRowValue.self) { $0.row.buildingID.apiID },
        "RentRollRow.buildingName": read(RentRollRowValue.self) { $0.row.buildingName },
        "RentRollRow.status": read(RentRollRowValue.self) { $0.row.isOccupied ? "OCCUPIED" : "VACANT" },
        "RentRollRow.leaseId": read(RentRollRowValue.self) { $0.row.leaseID?.apiID },
        "RentRollRow.tenantName": read(RentRollRowValue.self) { $0.row.tenantName },
        "RentRollRow.leaseStart": read(RentRollRowValue.self) { $0.row.leaseStart },
        "RentRollRow.leaseEnd": read(RentRollRowValue.self) { $0.row.leaseEnd },
        "RentRollRow.rent": read(RentRollRowValue.self) { $0.rent },
        "RentRollRow.balance": read(RentRollRowValue.self) { $0.balance },
    ]
}
