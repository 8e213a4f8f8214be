@testable import PortfolioDomain

/// Short constructors so tests read like the rules they check.
func usd(_ text: String) -> Money {
    try! Money(parsing: text, currency: .usd)
}

func cents(_ minor: Int64, _ currency: CurrencyCode = .usd) -> Money {
    Money(minorUnits: minor, currency: currency)
}

func day(_ text: String) -> LocalDate {
    try! LocalDate(parsing: text)
}

func month(_ text: String) -> BillingMonth {
    try! BillingMonth(parsing: text)
}

/// A random date between 2000-01-01 and 2039-12-31.
func randomDate(_ rng: inout SeededGenerator) -> LocalDate {
    let base = day("2000-01-01").dayNumber
    return try! LocalDate(dayNumber: base + Int.random(in: 0..<14_610, using: &rng))
}

func charge(_ id: String, _ amount: String, due: String, posted: String? = nil, lease: String = "L1",
            kind: ChargeKind = .rent, voided: String? = nil) -> Charge {
    Charge(id: EntityID(id), leaseId: EntityID(lease), kind: kind, amount: usd(amount),
           postedOn: day(posted ?? due), dueOn: day(due), voidedOn: voided.map(day))
}

func payment(_ id: String, _ amount: String, on date: String, lease: String = "L1", reversed: String? = nil) -> Payment {
    Payment(id: EntityID(id), leaseId: EntityID(lease), amount: usd(amount), receivedOn: day(date),
            method: .bank, reversedOn: reversed.map(day))
}

func allocation(_ paymentId: String, _ chargeId: String, _ amount: String, on date: String) -> Allocation {
    Allocation(paymentId: EntityID(paymentId), chargeId: EntityID(chargeId), amount: usd(amount), appliedOn: day(date))
}

/// Expects `body` to throw a `DomainError` and returns it for further checks.
func domainError(_ body: () throws -> Void) -> DomainError? {
    do {
        try body()
        return nil
    } catch let e as DomainError {
        return e
    } catch {
        return nil
    }
}
