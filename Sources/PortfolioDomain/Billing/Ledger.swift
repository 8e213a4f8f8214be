/// A lease's ledger as of a date: every charge with what remains of it, every payment with
/// its unallocated credit, the chronological lines with a running balance, and the totals.
///
/// Ledger rules (docs/domain.md "Ledger"):
/// - a charge counts from `postedOn`, and stops counting from `voidedOn`;
/// - a payment counts from `receivedOn`, and stops counting from `reversedOn`;
/// - an allocation counts from `appliedOn` while both its payment and its charge count;
/// - outstanding = Σ charges − Σ voided charges − Σ counting allocations (never negative per charge);
/// - credit = Σ payments − Σ reversed payments − Σ counting allocations;
/// - balance = outstanding − credit = Σ standing charges − Σ standing payments.
/// Same-day lines are ordered charge, payment, void, reversal, then by id, so the running
/// balance is deterministic.
public struct Ledger: Hashable, Sendable {
    public let asOf: LocalDate
    public let currency: CurrencyCode
    /// Posted charges with allocated/remaining as of `asOf`, oldest due first.
    public let charges: [ChargeBalance]
    /// Received payments with their remaining credit as of `asOf` (zero once reversed).
    public let payments: [PaymentBalance]
    /// Allocations counting on `asOf`.
    public let allocations: [Allocation]
    public let entries: [LedgerEntry]

    /// Σ of all posted charges, voided ones included.
    public let totalCharged: Money
    /// Σ of charges voided by `asOf`.
    public let totalVoided: Money
    /// Σ of payments received, reversed ones included.
    public let totalPaid: Money
    /// Σ of payments reversed by `asOf`.
    public let totalReversed: Money
    /// Σ of counting allocations.
    public let totalAllocated: Money
    /// What the tenant still owes on charges: charged − voided − allocated.
    public let outstanding: Money
    /// Unallocated money of standing payments.
    public let credit: Money
    /// outstanding − credit; negative when the tenant is in credit.
    public let balance: Money

    /// A payment with its unused part as of the ledger date.
    public struct PaymentBalance: Hashable, Sendable {
        public let payment: Payment
        public let allocated: Money
        /// amount − allocated while the payment stands; zero once reversed.
        public let credit: Money
        public let isReversed: Bool
    }

    /// Builds the ledger of one lease. All amounts must share `currency`.
    public init(currency: CurrencyCode, charges: [Charge], payments: [Payment], allocations: [Allocation],
                asOf date: LocalDate) throws(DomainError) {
        self.asOf = date
        self.currency = currency
        let zero = Money.zero(currency)
        let balances = try ChargeBalance.compute(charges: charges, payments: payments, allocations: allocations, asOf: date)
        self.charges = balances
        let standingCharges = Set(balances.filter { !$0.isVoided }.map(\.charge.id))
        let standingPayments = Set(payments.filter { $0.isActive(on: date) }.map(\.id))
        let counting = allocations.filter {
            $0.appliedOn <= date && standingCharges.contains($0.chargeId) && standingPayments.contains($0.paymentId)
        }
        self.allocations = counting

        var allocatedByPayment: [EntityID: Money] = [:]
        for a in counting { allocatedByPayment[a.paymentId] = try (allocatedByPayment[a.paymentId] ?? zero).adding(a.amount) }

        var lines: [(date: LocalDate, order: Int, id: EntityID, kind: LedgerEntry.Kind, amount: Money)] = []
        var charged = zero, voided = zero, paid = zero, reversed = zero, allocated = zero
        var outstanding = zero, credit = zero
        for b in balances {
            try b.charge.amount.checkedSameCurrency(zero)
            charged = try charged.adding(b.charge.amount)
            lines.append((b.charge.postedOn, 0, b.charge.id, .charge, b.charge.amount))
            if b.isVoided, let v = b.charge.voidedOn {
                voided = try voided.adding(b.charge.amount)
                lines.append((v, 2, b.charge.id, .chargeVoid, try b.charge.amount.negated()))
            }
            outstanding = try outstanding.adding(b.remaining)
        }
        var paymentBalances: [PaymentBalance] = []
        for p in payments.sorted(by: { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }) where p.receivedOn <= date {
            try p.amount.checkedSameCurrency(zero)
            paid = try paid.adding(p.amount)
            lines.append((p.receivedOn, 1, p.id, .payment, try p.amount.negated()))
            let isReversed = !p.isActive(on: date)
            let used = allocatedByPayment[p.id] ?? zero
            if isReversed, let r = p.reversedOn {
                reversed = try reversed.adding(p.amount)
                lines.append((r, 3, p.id, .paymentReversal, p.amount))
            }
            let rest = isReversed ? zero : try p.amount.subtracting(used)
            credit = try credit.adding(rest)
            paymentBalances.append(PaymentBalance(payment: p, allocated: used, credit: rest, isReversed: isReversed))
        }
        for a in counting { allocated = try allocated.adding(a.amount) }
        self.payments = paymentBalances

        lines.sort { ($0.date, $0.order, $0.id) < ($1.date, $1.order, $1.id) }
        var running = zero
        var entries: [LedgerEntry] = []
        for l in lines {
            running = try running.adding(l.amount)
            entries.append(LedgerEntry(date: l.date, kind: l.kind, referenceId: l.id, amount: l.amount, runningBalance: running))
        }
        self.entries = entries
        self.totalCharged = charged
        self.totalVoided = voided
        self.totalPaid = paid
        self.totalReversed = reversed
        self.totalAllocated = allocated
        self.outstanding = outstanding
        self.credit = credit
        self.balance = try outstanding.subtracting(credit)
    }
}
