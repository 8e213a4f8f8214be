/// What voiding a charge does. Charges are never deleted: from the void date the charge owes
/// nothing and every allocation to it is released back to its payment as credit (which can
/// then be applied to other charges with `CreditApplication`).
public struct ChargeVoid: Hashable, Sendable {
    /// Credit returned to each payment that had paid part of the charge.
    public let released: [PaymentCredit]

    /// Throws `ALREADY_VOIDED` (conflict) when already void, `REQUIRED` on `reason` when the
    /// reason is blank, and `DATES_OUT_OF_ORDER` when `date` precedes the charge's posting.
    public init(charge: Charge, allocations: [Allocation], reason: String, on date: LocalDate) throws(DomainError) {
        if charge.voidedOn != nil {
            throw .conflict(ErrorCode.alreadyVoided, "Charge \(charge.id) is already void", field: "chargeId")
        }
        if reason.allSatisfy(\.isWhitespace) {
            throw .invalid("reason", ErrorCode.required, "A reason is required to void a charge")
        }
        if date < charge.postedOn {
            throw .invalid("voidedOn", ErrorCode.datesOutOfOrder, "A charge cannot be voided before it was posted")
        }
        var byPayment: [EntityID: Money] = [:]
        var order: [EntityID] = []
        for a in allocations where a.chargeId == charge.id {
            if byPayment[a.paymentId] == nil { order.append(a.paymentId) }
            byPayment[a.paymentId] = try (byPayment[a.paymentId] ?? .zero(a.amount.currency)).adding(a.amount)
        }
        released = order.map { PaymentCredit(paymentId: $0, amount: byPayment[$0]!) }
    }
}
