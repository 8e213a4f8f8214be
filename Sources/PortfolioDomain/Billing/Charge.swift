/// An amount a lease owes: rent for a month, a utility bill, a fee, an installment.
/// Charges are never deleted; a mistaken one is voided (from `voidedOn` on it counts as zero).
public struct Charge: Hashable, Sendable {
    public var id: EntityID
    public var leaseId: EntityID
    public var kind: ChargeKind
    /// Always positive.
    public var amount: Money
    /// When it enters the ledger (for rent: the first day of the period billed).
    public var postedOn: LocalDate
    /// When it must be paid; aging counts days past this date.
    public var dueOn: LocalDate
    /// Day the charge was voided; `nil` while it stands.
    public var voidedOn: LocalDate?

    public init(id: EntityID, leaseId: EntityID, kind: ChargeKind, amount: Money, postedOn: LocalDate,
                dueOn: LocalDate, voidedOn: LocalDate? = nil) {
        self.id = id
        self.leaseId = leaseId
        self.kind = kind
        self.amount = amount
        self.postedOn = postedOn
        self.dueOn = dueOn
        self.voidedOn = voidedOn
    }

    /// Whether the charge is in the books on `date` (posted and not yet voided).
    public func isActive(on date: LocalDate) -> Bool {
        postedOn <= date && !(voidedOn.map { $0 <= date } ?? false)
    }

    /// Orders charges for oldest-first allocation: due date, then id.
    public static func oldestFirst(_ a: Charge, _ b: Charge) -> Bool { (a.dueOn, a.id) < (b.dueOn, b.id) }
}
