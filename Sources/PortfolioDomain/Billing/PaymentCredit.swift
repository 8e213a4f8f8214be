/// An amount of money belonging to one payment that is not (or no longer) allocated to any
/// charge: available credit, or what a void released back to the payment.
public struct PaymentCredit: Hashable, Sendable {
    public var paymentId: EntityID
    public var amount: Money

    public init(paymentId: EntityID, amount: Money) {
        self.paymentId = paymentId
        self.amount = amount
    }
}
