/// The lines and total of a new invoice (seed 001 rent invoices), built from a lease's charges.
///
/// Rules: at least one charge; every charge exists on the lease, is not void and is listed
/// once; the due date is on or after the invoice date. Each line shows the charge amount and
/// what is still open on it; the invoice total is the sum of the charge amounts and the
/// amount due the sum of what is open. The invoice number's uniqueness per organization is a
/// database key.
public struct InvoiceDraft: Hashable, Sendable {
    /// One charge on the invoice.
    public struct Line: Hashable, Sendable {
        public let chargeId: EntityID
        public let kind: ChargeKind
        public let dueOn: LocalDate
        public let amount: Money
        public let remaining: Money
    }

    public let invoiceDate: LocalDate
    public let dueDate: LocalDate
    /// In the order of the charges (oldest due first).
    public let lines: [Line]
    public let total: Money
    public let amountDue: Money

    /// `balances` are the lease's charge balances (`ChargeBalance.compute`) as of `invoiceDate`.
    public init(invoiceDate: LocalDate, dueDate: LocalDate, chargeIds: [EntityID],
                balances: [ChargeBalance], currency: CurrencyCode) throws(DomainError) {
        var errors: [FieldError] = []
        if dueDate < invoiceDate {
            errors.append(FieldError(field: "dueDate", code: ErrorCode.datesOutOfOrder, message: "Due date is before the invoice date"))
        }
        if chargeIds.isEmpty {
            errors.append(FieldError(field: "chargeIds", code: ErrorCode.required, message: "An invoice needs at least one charge"))
        }
        let byId = Dictionary(balances.map { ($0.charge.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<EntityID> = []
        var picked: [ChargeBalance] = []
        for (i, id) in chargeIds.enumerated() {
            if !seen.insert(id).inserted {
                errors.append(FieldError(field: "chargeIds[\(i)]", code: ErrorCode.duplicate, message: "Charge \(id) is listed twice"))
            } else if let b = byId[id] {
                if b.isVoided {
                    errors.append(FieldError(field: "chargeIds[\(i)]", code: ErrorCode.chargeVoided, message: "Charge \(id) is void"))
                } else {
                    picked.append(b)
                }
            } else {
                errors.append(FieldError(field: "chargeIds[\(i)]", code: ErrorCode.notFound, message: "Charge \(id) does not exist on this lease"))
            }
        }
        if let e = DomainError.validation(errors) { throw e }
        picked.sort { Charge.oldestFirst($0.charge, $1.charge) }
        self.invoiceDate = invoiceDate
        self.dueDate = dueDate
        self.lines = picked.map { Line(chargeId: $0.charge.id, kind: $0.charge.kind, dueOn: $0.charge.dueOn, amount: $0.charge.amount, remaining: $0.remaining) }
        self.total = try Money.sum(picked.map(\.charge.amount), currency: currency)
        self.amountDue = try Money.sum(picked.map(\.remaining), currency: currency)
    }
}
