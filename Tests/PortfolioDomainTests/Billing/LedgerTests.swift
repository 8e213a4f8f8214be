import Testing
@testable import PortfolioDomain

@Suite struct LedgerTests {
    @Test func workedExample() throws {
        let charges = [
            charge("1", "1000", due: "2026-01-01"),
            charge("2", "1000", due: "2026-02-01"),
            charge("3", "25", due: "2026-01-10", kind: .lateFee, voided: "2026-01-12"),
        ]
        let payments = [payment("p1", "1200", on: "2026-01-05"), payment("p2", "300", on: "2026-02-03")]
        let allocations = [
            allocation("p1", "1", "1000", on: "2026-01-05"),
            allocation("p1", "2", "200", on: "2026-02-01"),   // credit applied when Feb rent posted
            allocation("p2", "2", "300", on: "2026-02-03"),
        ]
        let l = try Ledger(currency: .usd, charges: charges, payments: payments, allocations: allocations, asOf: day("2026-02-15"))
        #expect(l.totalCharged == usd("2025"))
        #expect(l.totalVoided == usd("25"))
        #expect(l.totalPaid == usd("1500"))
        #expect(l.totalAllocated == usd("1500"))
        #expect(l.outstanding == usd("500"))
        #expect(l.credit == usd("0"))
        #expect(l.balance == usd("500"))
        #expect(l.charges.map(\.remaining) == [usd("0"), usd("0"), usd("500")])
        #expect(l.entries.map(\.kind) == [.charge, .payment, .charge, .chargeVoid, .charge, .payment])
        #expect(l.entries.map(\.runningBalance) == [usd("1000"), usd("-200"), usd("-175"), usd("-200"), usd("800"), usd("500")])

        // As of 2026-01-20: February not posted yet, p1's 200 is credit.
        let jan = try Ledger(currency: .usd, charges: charges, payments: payments, allocations: allocations, asOf: day("2026-01-20"))
        #expect(jan.charges.count == 2)
        #expect(jan.outstanding == usd("0"))
        #expect(jan.credit == usd("200"))
        #expect(jan.balance == usd("-200"))
        #expect(jan.payments.map(\.credit) == [usd("200")])
    }

    @Test func emptyLedgerIsZero() throws {
        let l = try Ledger(currency: .usd, charges: [], payments: [], allocations: [], asOf: day("2026-01-01"))
        #expect(l.balance == .zero(.usd))
        #expect(l.entries.isEmpty)
    }

    @Test func rejectsForeignCurrency() {
        let c = Charge(id: "1", leaseId: "L1", kind: .rent, amount: cents(100, .eur), postedOn: day("2026-01-01"), dueOn: day("2026-01-01"))
        #expect(domainError { _ = try Ledger(currency: .usd, charges: [c], payments: [], allocations: [], asOf: day("2026-01-01")) }?.code == ErrorCode.currencyMismatch)
    }

    /// The ledger invariants over random valid histories, checked at random as-of dates.
    @Test func ledgerInvariantsProperty() throws {
        var voidsWithAllocations = 0, reversals = 0, creditApplications = 0
        try forAllCases(200) { rng, seed in
            let sim = try LeaseHistorySimulator.run(&rng, days: 90)
            let voided = Set(sim.charges.filter { $0.voidedOn != nil }.map(\.id))
            voidsWithAllocations += sim.allocations.filter { voided.contains($0.chargeId) }.count
            reversals += sim.payments.filter { $0.reversedOn != nil }.count
            let paidOn = Dictionary(uniqueKeysWithValues: sim.payments.map { ($0.id, $0.receivedOn) })
            creditApplications += sim.allocations.filter { $0.appliedOn > paidOn[$0.paymentId]! }.count
            for _ in 0..<4 {
                let asOf = try sim.start.adding(days: Int.random(in: -1...95, using: &rng))
                let l = try Ledger(currency: .usd, charges: sim.charges, payments: sim.payments, allocations: sim.allocations, asOf: asOf)
                let m = "seed \(seed) as of \(asOf)"
                // lease balance = charges − voids − allocations (what is owed on charges)
                #expect(l.outstanding == (try l.totalCharged.subtracting(l.totalVoided).subtracting(l.totalAllocated)), "\(m)")
                // net balance = charges − voids − (payments − reversals) = outstanding − credit
                #expect(l.balance == (try l.totalCharged.subtracting(l.totalVoided).subtracting(l.totalPaid).adding(l.totalReversed)), "\(m)")
                #expect(l.balance == (try l.outstanding.subtracting(l.credit)), "\(m)")
                #expect((l.entries.last?.runningBalance ?? .zero(.usd)) == l.balance, "\(m)")
                // per charge: 0 ≤ allocated ≤ amount, remaining ≥ 0
                for c in l.charges {
                    #expect(!c.remaining.isNegative && c.allocated <= c.charge.amount, "\(m) charge \(c.charge.id)")
                }
                // per payment: allocations ≤ payment, credit ≥ 0; overall allocations ≤ payments
                for p in l.payments {
                    #expect(p.allocated <= p.payment.amount && !p.credit.isNegative, "\(m) payment \(p.payment.id)")
                }
                #expect(l.totalAllocated <= (try l.totalPaid.subtracting(l.totalReversed)), "\(m)")
                // Entries are in date order.
                #expect(zip(l.entries, l.entries.dropFirst()).allSatisfy { $0.date <= $1.date }, "\(m)")
            }
        }
        // The generator must reach the interesting paths, or the property proves little.
        #expect(voidsWithAllocations > 50 && reversals > 50 && creditApplications > 50,
                "\(voidsWithAllocations) released allocations, \(reversals) reversals, \(creditApplications) credit applications")
    }
}
