/// What reversing a payment does (a bounced cheque, a mistaken entry). Payments are never
/// deleted: the reversal date makes the payment and all its allocations stop counting from
/// that day, so the charges it paid are owed again and its credit disappears.
public struct PaymentReversal: Hashable, Sendable {
    /// Amount restored to each charge the payment had paid, in allocation order.
    public let restored: [AllocationRequest]
    /// Unallocated credit of the payment that disappears.
    public let creditRemoved: Money

    /// Validates and computes the effect of reversing `payment` on `date`.
    /// Throws `ALREADY_REVERSED` (conflict) if it already is, and `DATES_OUT_OF_ORDER` when
    /// `date` is before the payment was received.
    public init(payment: Payment, allocations: [Allocation], on date: LocalDate) throws(DomainError) {
        if payment.reversedOn != nil {
            throw .conflict(ErrorCode.alreadyReversed, "Payment \(payment.id) is already reversed", field: "paymentId")
        }
        if date < payment.receivedOn {
            throw .invalid("reversedOn", ErrorCode.datesOutOfOrder, "A payment cannot be reversed before it was received")
        }
        var byCharge: [EntityID: Money] = [:]
        var order: [EntityID] = []
        var total = Money.zero(payment.amount.currency)
        for a in allocations where a.paymentId == payment.id {
            if byCharge[a.chargeId] == nil { order.append(a.chargeId) }
            byCharge[a.chargeId] = try (byCharge[a.chargeId] ?? .zero(a.amount.currency)).adding(a.amount)
            total = try total.adding(a.amount)
        }
        restored = order.map { AllocationRequest(chargeId: $0, amount: byCharge[$0]!) }
        creditRemoved = try payment.amount.subtracting(total)
    }
}
