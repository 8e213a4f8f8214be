/// An open charge as a report sees it: which lease owes how much, due when. Repositories load
/// these rows (balance already computed as of the report date, e.g. with `ChargeBalance`).
public struct ReceivableRow: Hashable, Sendable {
    public var leaseId: EntityID
    public var chargeId: EntityID
    public var kind: ChargeKind
    public var dueOn: LocalDate
    /// Unpaid amount as of the report date; rows with balance ≤ 0 are ignored by reports.
    public var balance: Money

    public init(leaseId: EntityID, chargeId: EntityID, kind: ChargeKind = .rent, dueOn: LocalDate, balance: Money) {
        self.leaseId = leaseId
        self.chargeId = chargeId
        self.kind = kind
        self.dueOn = dueOn
        self.balance = balance
    }

    /// Rows for a lease's posted, standing charges with a remaining balance.
    public static func from(_ balances: [ChargeBalance]) -> [ReceivableRow] {
        balances.filter { !$0.isVoided && $0.remaining.isPositive }.map {
            ReceivableRow(leaseId: $0.charge.leaseId, chargeId: $0.charge.id, kind: $0.charge.kind,
                          dueOn: $0.charge.dueOn, balance: $0.remaining)
        }
    }
}
