import Testing
@testable import PortfolioDomain

@Suite struct DateRangeTests {
    func range(_ s: String, _ e: String?) -> DateRange { try! DateRange(start: day(s), end: e.map(day)) }

    @Test func inclusiveEnds() {
        #expect(range("2026-01-01", "2026-03-31").overlaps(range("2026-03-31", nil)))
        #expect(!range("2026-01-01", "2026-03-31").overlaps(range("2026-04-01", nil)))
        #expect(range("2026-01-01", nil).overlaps(range("2030-01-01", "2030-01-01")))
        #expect(range("2026-01-01", "2026-01-01").contains(day("2026-01-01")))
        #expect(!range("2026-01-02", nil).contains(day("2026-01-01")))
    }

    @Test func rejectsEndBeforeStart() {
        #expect(domainError { _ = try DateRange(start: day("2026-02-01"), end: day("2026-01-31")) }?.code == ErrorCode.datesOutOfOrder)
    }

    @Test func daysInMonth() {
        #expect(range("2026-02-15", nil).days(in: month("2026-02")) == 14)
        #expect(range("2026-01-01", "2026-01-10").days(in: month("2026-01")) == 10)
        #expect(range("2026-01-01", "2026-01-10").days(in: month("2026-02")) == 0)
        #expect(range("2025-01-01", nil).days(in: month("2024-02")) == 0)
        #expect(range("2024-01-01", nil).days(in: month("2024-02")) == 29)
    }

    @Test func overlapIsSymmetricAndMatchesSharedDayProperty() {
        forAllCases(500) { rng, seed in
            let a1 = randomDate(&rng), b1 = randomDate(&rng)
            let a = try! DateRange(start: min(a1, b1), end: Bool.random(using: &rng) ? max(a1, b1) : nil)
            let a2 = randomDate(&rng), b2 = randomDate(&rng)
            let b = try! DateRange(start: min(a2, b2), end: Bool.random(using: &rng) ? max(a2, b2) : nil)
            #expect(a.overlaps(b) == b.overlaps(a), "seed \(seed)")
            // Brute force: they overlap iff the later start is inside both.
            let later = max(a.start, b.start)
            #expect(a.overlaps(b) == (a.contains(later) && b.contains(later)), "seed \(seed)")
        }
    }
}
