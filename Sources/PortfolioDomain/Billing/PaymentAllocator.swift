/// Allocation rules for a payment (seed 000 `POST /payments` with `allocations`).
///
/// Invariants the API and the database transaction both rely on:
/// - every allocation is > 0 and goes to a standing (not voided) charge of the same lease;
/// - per charge, the allocation never exceeds the charge's remaining balance;
/// - the allocations' sum never exceeds the payment; the rest is credit.
public enum PaymentAllocator {
    /// Validates client-given allocations against `charges` (the lease's balances now),
    /// collecting every problem with the index of the offending line
    /// (`allocations[2].amount`), and returns the plan.
    public static func explicit(payment amount: Money, requests: [AllocationRequest],
                                charges: [ChargeBalance]) throws(DomainError) -> AllocationPlan {
        try checkPaymentAmount(amount)
        let byId = Dictionary(charges.map { ($0.charge.id, $0) }, uniquingKeysWith: { a, _ in a })
        var errors: [FieldError] = []
        var seen: Set<EntityID> = []
        var total = Money.zero(amount.currency)
        var totalOverflowed = false
        for (i, r) in requests.enumerated() {
            let f = "allocations[\(i)]"
            if r.amount.currency != amount.currency {
                errors.append(FieldError(field: f + ".amount", code: ErrorCode.currencyMismatch,
                                         message: "Allocation currency \(r.amount.currency) differs from payment currency \(amount.currency)"))
                continue
            }
            if !r.amount.isPositive {
                errors.append(FieldError(field: f + ".amount", code: ErrorCode.mustBePositive, message: "Allocation amount must be positive"))
            }
            if !seen.insert(r.chargeId).inserted {
                errors.append(FieldError(field: f + ".chargeId", code: ErrorCode.duplicate,
                                         message: "Charge \(r.chargeId) is allocated more than once"))
            }
            if let c = byId[r.chargeId] {
                if c.isVoided {
                    errors.append(FieldError(field: f + ".chargeId", code: ErrorCode.chargeVoided, message: "Charge \(r.chargeId) is void"))
                } else if r.amount > c.remaining {
                    errors.append(FieldError(field: f + ".amount", code: ErrorCode.exceedsBalance,
                                             message: "Allocation \(r.amount.decimalString) exceeds the charge's remaining balance \(c.remaining.decimalString)"))
                }
            } else {
                errors.append(FieldError(field: f + ".chargeId", code: ErrorCode.notFound,
                                         message: "Charge \(r.chargeId) does not exist on this lease"))
            }
            if r.amount.isPositive, !totalOverflowed {
                do { total = try total.adding(r.amount) } catch { totalOverflowed = true }
            }
        }
        if totalOverflowed || total > amount {
            errors.append(FieldError(field: "allocations", code: ErrorCode.exceedsPayment,
                                     message: "Allocations total more than the payment amount \(amount.decimalString)"))
        }
        if let e = DomainError.validation(errors) { throw e }
        return AllocationPlan(lines: requests, allocated: total, credit: try amount.subtracting(total))
    }

    /// Allocates `amount` to the open charges oldest first (due date, then id), each up to
    /// its remaining balance; what is left becomes credit. Voided and settled charges are
    /// skipped. Used when a payment comes without explicit allocations and when credit is
    /// applied to new charges.
    public static func oldestFirst(amount: Money, charges: [ChargeBalance]) throws(DomainError) -> AllocationPlan {
        guard !amount.isNegative else {
            throw .invalid("amount", ErrorCode.mustNotBeNegative, "Amount must not be negative")
        }
        var left = amount
        var lines: [AllocationRequest] = []
        let open = charges.filter { !$0.isVoided && $0.remaining.isPositive }
            .sorted { Charge.oldestFirst($0.charge, $1.charge) }
        for c in open where left.isPositive {
            try c.remaining.checkedSameCurrency(amount)
            let take = Money.min(left, c.remaining)
            lines.append(AllocationRequest(chargeId: c.charge.id, amount: take))
            left = try left.subtracting(take)
        }
        return AllocationPlan(lines: lines, allocated: try amount.subtracting(left), credit: left)
    }

    /// Explicit allocations when `requests` is non-nil, oldest-first otherwise (an empty list
    /// means "keep everything as credit").
    public static func plan(payment amount: Money, requests: [AllocationRequest]?,
                            charges: [ChargeBalance]) throws(DomainError) -> AllocationPlan {
        if let requests { return try explicit(payment: amount, requests: requests, charges: charges) }
        try checkPaymentAmount(amount)
        return try oldestFirst(amount: amount, charges: charges)
    }

    static func checkPaymentAmount(_ amount: Money) throws(DomainError) {
        guard amount.isPositive else {
            throw .invalid("amount", ErrorCode.mustBePositive, "Payment amount must be positive")
        }
    }
}
