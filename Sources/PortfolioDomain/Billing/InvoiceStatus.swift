/// An invoice's life cycle (seed 001 rent invoices): generated → sent → paid, with void as
/// the way out of an unpaid invoice.
///
/// Legal transitions: GENERATED → SENT | PAID | VOID; SENT → PAID | VOID. PAID and VOID are
/// final. GENERATED → PAID covers an invoice settled on the spot before it was sent. Staying
/// in the same state is not a transition (the API treats it as a no-op before asking).
public enum InvoiceStatus: String, CaseIterable, Sendable, Hashable {
    case generated = "GENERATED"
    case sent = "SENT"
    case paid = "PAID"
    case void = "VOID"

    /// States reachable in one step.
    public var allowedNext: Set<InvoiceStatus> {
        switch self {
        case .generated: [.sent, .paid, .void]
        case .sent: [.paid, .void]
        case .paid, .void: []
        }
    }

    /// PAID and VOID: nothing can follow.
    public var isFinal: Bool { allowedNext.isEmpty }

    /// Whether one step from `self` to `next` is legal.
    public func canTransition(to next: InvoiceStatus) -> Bool { allowedNext.contains(next) }

    /// Returns `next` or throws `ILLEGAL_TRANSITION` (a conflict on `status`).
    public func transition(to next: InvoiceStatus) throws(DomainError) -> InvoiceStatus {
        guard canTransition(to: next) else {
            throw .conflict(ErrorCode.illegalTransition,
                            "An invoice cannot go from \(rawValue) to \(next.rawValue)", field: "status")
        }
        return next
    }
}
