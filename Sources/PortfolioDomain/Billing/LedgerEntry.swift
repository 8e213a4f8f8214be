/// One line of a lease ledger, in date order, with the balance after it.
public struct LedgerEntry: Hashable, Sendable {
    /// What happened on the line.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A charge posted: the tenant owes more.
        case charge = "CHARGE"
        /// A payment received: the tenant owes less (or builds credit).
        case payment = "PAYMENT"
        /// A charge voided: its amount no longer owed.
        case chargeVoid = "CHARGE_VOID"
        /// A payment reversed: its amount owed again.
        case paymentReversal = "PAYMENT_REVERSAL"
    }

    public let date: LocalDate
    public let kind: Kind
    /// The charge or payment the line is about.
    public let referenceId: EntityID
    /// Signed effect on the balance: + for charge and reversal, − for payment and void.
    public let amount: Money
    /// Net balance after this line (positive = owed by the tenant, negative = credit).
    public let runningBalance: Money
}
