/// Settling (part of) a security deposit: refund to the tenant, keep itemised deductions.
///
/// Rules: every deduction has a non-blank reason and an amount ≥ 0; the refund is ≥ 0; refund
/// + deductions never exceed what is held. When no refund amount is given, the refund is
/// everything held minus the deductions (a full settlement). What remains stays held.
public struct DepositSettlement: Hashable, Sendable {
    /// An itemised amount kept from the deposit (damage, cleaning, unpaid rent).
    public struct Deduction: Hashable, Sendable {
        public var reason: String
        public var amount: Money
        public init(reason: String, amount: Money) {
            self.reason = reason
            self.amount = amount
        }
    }

    public let held: Money
    public let deductions: [Deduction]
    public let totalDeductions: Money
    /// Paid back to the tenant.
    public let refund: Money
    /// held − refund − deductions: still held after the settlement.
    public let remainingHeld: Money

    public init(held: Money, deductions: [Deduction], refund requested: Money?) throws(DomainError) {
        var errors: [FieldError] = []
        var total = Money.zero(held.currency)
        for (i, d) in deductions.enumerated() {
            if d.reason.allSatisfy(\.isWhitespace) {
                errors.append(FieldError(field: "deductions[\(i)].reason", code: ErrorCode.required, message: "Each deduction needs a reason"))
            }
            if d.amount.currency != held.currency {
                errors.append(FieldError(field: "deductions[\(i)].amount", code: ErrorCode.currencyMismatch, message: "Deduction currency differs from the deposit's"))
                continue
            }
            if d.amount.isNegative {
                errors.append(FieldError(field: "deductions[\(i)].amount", code: ErrorCode.mustNotBeNegative, message: "Deduction must not be negative"))
            } else {
                total = try total.adding(d.amount)
            }
        }
        if let e = DomainError.validation(errors) { throw e }
        let refund: Money
        if let requested {
            try requested.checkedSameCurrency(held, field: "refundAmount")
            guard !requested.isNegative else {
                throw .invalid("refundAmount", ErrorCode.mustNotBeNegative, "Refund must not be negative")
            }
            refund = requested
        } else {
            refund = try held.subtracting(total)
        }
        let out = try refund.adding(total)
        guard out <= held, !refund.isNegative else {
            throw .invalid(requested == nil ? "deductions" : "refundAmount", ErrorCode.exceedsHeld,
                           "Refund \(refund.decimalString) plus deductions \(total.decimalString) exceed the deposit held \(held.decimalString)")
        }
        self.held = held
        self.deductions = deductions
        self.totalDeductions = total
        self.refund = refund
        self.remainingHeld = try held.subtracting(out)
    }

    /// Deposit held for a lease: deposit received minus earlier refunds and deductions, never
    /// below zero in valid data.
    public static func held(received: [Money], settledOut: [Money], currency: CurrencyCode) throws(DomainError) -> Money {
        try Money.sum(received, currency: currency).subtracting(Money.sum(settledOut, currency: currency))
    }
}
