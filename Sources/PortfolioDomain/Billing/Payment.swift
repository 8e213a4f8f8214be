/// Money received for a lease. Never deleted; a bounced or mistaken payment is reversed
/// (from `reversedOn` on it counts as zero and its allocations are released).
public struct Payment: Hashable, Sendable {
    public var id: EntityID
    public var leaseId: EntityID
    /// Always positive.
    public var amount: Money
    public var receivedOn: LocalDate
    public var method: PaymentMethod
    /// Day the payment was reversed; `nil` while it stands.
    public var reversedOn: LocalDate?

    public init(id: EntityID, leaseId: EntityID, amount: Money, receivedOn: LocalDate,
                method: PaymentMethod, reversedOn: LocalDate? = nil) {
        self.id = id
        self.leaseId = leaseId
        self.amount = amount
        self.receivedOn = receivedOn
        self.method = method
        self.reversedOn = reversedOn
    }

    /// Whether the payment is in the books on `date` (received and not yet reversed).
    public func isActive(on date: LocalDate) -> Bool {
        receivedOn <= date && !(reversedOn.map { $0 <= date } ?? false)
    }
}
