import Testing
@testable import PortfolioDomain

@Suite struct LeaseValidatorTests {
    func terms(start: String = "2026-01-01", end: String? = "2026-12-31", rent: String = "1500",
               deposit: Money = usd("3000"), dueDay: Int = 1,
               parties: [LeaseParty] = [LeaseParty(tenantId: "t1", role: .primary)]) -> LeaseTerms {
        LeaseTerms(unitId: "u1", startDate: day(start), endDate: end.map(day), rent: usd(rent),
                   deposit: deposit, dueDay: dueDay, parties: parties)
    }

    @Test func acceptsValidTerms() throws {
        #expect(LeaseValidator.validate(terms()).isEmpty)
        #expect(LeaseValidator.validate(terms(end: nil, deposit: usd("0"), dueDay: 31)).isEmpty)
        #expect(LeaseValidator.validate(terms(start: "2026-01-01", end: "2026-01-01")).isEmpty)
        try LeaseValidator.check(terms())
    }

    @Test func collectsEveryProblemWithItsField() {
        let bad = terms(start: "2026-05-01", end: "2026-04-30", rent: "0", deposit: usd("-1"), dueDay: 32,
                        parties: [LeaseParty(tenantId: "t1", role: .coTenant), LeaseParty(tenantId: "t1", role: .coTenant)])
        let errors = LeaseValidator.validate(bad)
        #expect(errors.map(\.field) == ["endDate", "rent", "deposit", "dueDay", "parties", "parties[1].tenantId"])
        #expect(errors.map(\.code) == [ErrorCode.datesOutOfOrder, ErrorCode.mustBePositive, ErrorCode.mustNotBeNegative,
                                       ErrorCode.outOfRange, ErrorCode.primaryPartyCount, ErrorCode.duplicate])
        let e = domainError { try LeaseValidator.check(bad) }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.count == 6)
    }

    @Test func partiesRules() {
        #expect(LeaseValidator.validate(terms(parties: [])).map(\.code) == [ErrorCode.required])
        let twoPrimaries = [LeaseParty(tenantId: "t1", role: .primary), LeaseParty(tenantId: "t2", role: .primary)]
        #expect(LeaseValidator.validate(terms(parties: twoPrimaries)).map(\.code) == [ErrorCode.primaryPartyCount])
        let ok = [LeaseParty(tenantId: "t1", role: .primary), LeaseParty(tenantId: "t2", role: .coTenant)]
        #expect(LeaseValidator.validate(terms(parties: ok)).isEmpty)
    }

    @Test func depositCurrencyMustMatchRent() {
        #expect(LeaseValidator.validate(terms(deposit: cents(100, .eur))).map(\.code) == [ErrorCode.currencyMismatch])
    }

    @Test func dueDayBounds() {
        #expect(LeaseValidator.validate(terms(dueDay: 0)).map(\.field) == ["dueDay"])
        #expect(LeaseValidator.validate(terms(dueDay: 1)).isEmpty)
        #expect(LeaseValidator.validate(terms(dueDay: 31)).isEmpty)
    }
}
