import Testing
@testable import PortfolioDomain

@Suite struct DelinquencyReportTests {
    let asOf = day("2026-04-30")

    @Test func groupsByLeaseAndBucket() throws {
        let rows = [
            ReceivableRow(leaseId: "A", chargeId: "1", dueOn: day("2026-04-30"), balance: usd("100")),  // 0 days
            ReceivableRow(leaseId: "A", chargeId: "2", dueOn: day("2026-03-31"), balance: usd("50")),   // 30
            ReceivableRow(leaseId: "A", chargeId: "3", dueOn: day("2026-03-30"), balance: usd("20")),   // 31
            ReceivableRow(leaseId: "B", chargeId: "4", dueOn: day("2026-01-30"), balance: usd("900")),  // 90
            ReceivableRow(leaseId: "B", chargeId: "5", dueOn: day("2026-01-29"), balance: usd("5")),    // 91
            ReceivableRow(leaseId: "C", chargeId: "6", dueOn: day("2026-05-01"), balance: usd("999")),  // not due
            ReceivableRow(leaseId: "C", chargeId: "7", dueOn: day("2026-01-01"), balance: usd("0")),    // paid
        ]
        let r = try DelinquencyReport(asOf: asOf, currency: .usd, rows: rows)
        #expect(r.leases.map(\.leaseId) == ["B", "A"])
        let a = r.leases[1]
        #expect(a.buckets[.days0to30] == usd("150"))
        #expect(a.buckets[.days31to60] == usd("20"))
        #expect(a.buckets[.over90] == usd("0"))
        #expect(a.total == usd("170"))
        #expect(a.items.map(\.chargeId) == ["3", "2", "1"])
        #expect(a.oldestDaysPastDue == 31)
        let b = r.leases[0]
        #expect(b.buckets[.days61to90] == usd("900"))
        #expect(b.buckets[.over90] == usd("5"))
        #expect(r.total == usd("1075"))
        #expect(r.buckets[.days0to30] == usd("150"))
    }

    @Test func buildsFromLedgerBalances() throws {
        let balances = try ChargeBalance.compute(
            charges: [charge("1", "1000", due: "2026-03-01"), charge("2", "40", due: "2026-03-05", voided: "2026-03-06")],
            payments: [payment("p", "600", on: "2026-03-02")], allocations: [allocation("p", "1", "600", on: "2026-03-02")],
            asOf: asOf)
        let r = try DelinquencyReport(asOf: asOf, currency: .usd, rows: ReceivableRow.from(balances))
        #expect(r.total == usd("400"))
        #expect(r.leases.first?.buckets[.days31to60] == usd("400"))
    }

    /// Aging total = Σ balances of the charges due by the as-of date = Σ bucket amounts.
    @Test func agingTotalEqualsSumOfBalancesProperty() throws {
        try forAllCases(500) { rng, seed in
            let rows = (0..<Int.random(in: 0...40, using: &rng)).map { i in
                ReceivableRow(leaseId: EntityID("L\(Int.random(in: 1...6, using: &rng))"), chargeId: EntityID(String(i)),
                              dueOn: try! asOf.adding(days: -Int.random(in: -20...200, using: &rng)),
                              balance: cents(Int64.random(in: -1000...500_000, using: &rng)))
            }
            let r = try DelinquencyReport(asOf: asOf, currency: .usd, rows: rows)
            let due = rows.filter { $0.dueOn <= asOf && $0.balance.isPositive }
            #expect(r.total == (try Money.sum(due.map(\.balance), currency: .usd)), "seed \(seed)")
            #expect(r.total == (try Money.sum(r.buckets.values, currency: .usd)), "seed \(seed)")
            #expect(r.total == (try Money.sum(r.leases.map(\.total), currency: .usd)), "seed \(seed)")
            for lease in r.leases {
                #expect(lease.total == (try Money.sum(lease.buckets.values, currency: .usd)), "seed \(seed)")
                #expect(lease.items.allSatisfy { AgingBucket(daysPastDue: $0.daysPastDue) == $0.bucket }, "seed \(seed)")
            }
            #expect(r.leases.map(\.items.count).reduce(0, +) == due.count, "seed \(seed)")
        }
    }

    /// Over whole simulated lease histories: the aging total is the ledger's overdue outstanding.
    @Test func agingMatchesLedgerProperty() throws {
        try forAllCases(100, seed: 77) { rng, seed in
            let sim = try LeaseHistorySimulator.run(&rng, days: 60)
            let asOf = try sim.start.adding(days: 70)
            let ledger = try Ledger(currency: .usd, charges: sim.charges, payments: sim.payments, allocations: sim.allocations, asOf: asOf)
            let r = try DelinquencyReport(asOf: asOf, currency: .usd, rows: ReceivableRow.from(ledger.charges))
            // Every charge is due by day 70 (posted ≤ 59, due ≤ 10 days later), so aging = outstanding.
            #expect(r.total == ledger.outstanding, "seed \(seed)")
        }
    }
}
