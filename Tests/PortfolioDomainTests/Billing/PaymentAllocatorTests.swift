import Testing
@testable import PortfolioDomain

@Suite struct PaymentAllocatorTests {
    let balances: [ChargeBalance] = try! ChargeBalance.compute(
        charges: [
            charge("10", "1000", due: "2026-02-01"),
            charge("9", "1000", due: "2026-01-01"),
            charge("11", "50", due: "2026-01-01", kind: .lateFee),
            charge("12", "70", due: "2026-01-05", voided: "2026-01-06"),
        ],
        payments: [payment("p0", "400", on: "2026-01-02")],
        allocations: [allocation("p0", "9", "400", on: "2026-01-02")],
        asOf: day("2026-03-01"))

    @Test func oldestFirstByDueDateThenId() throws {
        let plan = try PaymentAllocator.oldestFirst(amount: usd("700"), charges: balances)
        #expect(plan.lines == [AllocationRequest(chargeId: "9", amount: usd("600")),
                               AllocationRequest(chargeId: "11", amount: usd("50")),
                               AllocationRequest(chargeId: "10", amount: usd("50"))])
        #expect(plan.allocated == usd("700"))
        #expect(plan.credit == usd("0"))
    }

    @Test func surplusBecomesCredit() throws {
        let plan = try PaymentAllocator.plan(payment: usd("2000"), requests: nil, charges: balances)
        #expect(plan.allocated == usd("1650"))
        #expect(plan.credit == usd("350"))
        #expect(!plan.lines.contains { $0.chargeId == "12" }, "voided charges are skipped")
    }

    @Test func explicitAllocationsAccepted() throws {
        let plan = try PaymentAllocator.explicit(payment: usd("500"), requests: [
            AllocationRequest(chargeId: "10", amount: usd("300")),
            AllocationRequest(chargeId: "11", amount: usd("50")),
        ], charges: balances)
        #expect(plan.allocated == usd("350"))
        #expect(plan.credit == usd("150"))
        #expect(try PaymentAllocator.plan(payment: usd("5"), requests: [], charges: balances).credit == usd("5"))
    }

    @Test func explicitAllocationsRejectedPerLine() {
        let e = domainError {
            _ = try PaymentAllocator.explicit(payment: usd("100"), requests: [
                AllocationRequest(chargeId: "9", amount: usd("601")),   // over remaining 600
                AllocationRequest(chargeId: "12", amount: usd("10")),   // voided
                AllocationRequest(chargeId: "99", amount: usd("1")),    // unknown
                AllocationRequest(chargeId: "11", amount: usd("0")),    // not positive
                AllocationRequest(chargeId: "11", amount: usd("1")),    // duplicate charge
            ], charges: balances)
        }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.map(\.field) == ["allocations[0].amount", "allocations[1].chargeId", "allocations[2].chargeId",
                                           "allocations[3].amount", "allocations[4].chargeId", "allocations"])
        #expect(e?.fields.map(\.code) == [ErrorCode.exceedsBalance, ErrorCode.chargeVoided, ErrorCode.notFound,
                                          ErrorCode.mustBePositive, ErrorCode.duplicate, ErrorCode.exceedsPayment])
    }

    @Test func paymentAmountMustBePositive() {
        #expect(domainError { _ = try PaymentAllocator.plan(payment: usd("0"), requests: nil, charges: balances) }?.fields.first?.field == "amount")
        #expect(domainError { _ = try PaymentAllocator.explicit(payment: usd("-1"), requests: [], charges: balances) }?.code == ErrorCode.mustBePositive)
    }

    @Test func explicitCurrencyMismatch() {
        let e = domainError { _ = try PaymentAllocator.explicit(payment: usd("10"), requests: [AllocationRequest(chargeId: "9", amount: cents(100, .eur))], charges: balances) }
        #expect(e?.fields.first?.code == ErrorCode.currencyMismatch)
    }

    // MARK: properties

    static func randomBalances(_ rng: inout SeededGenerator) -> [ChargeBalance] {
        (0..<Int.random(in: 0...12, using: &rng)).map { i in
            let amount = cents(Int64.random(in: 1...200_000, using: &rng))
            let paid = cents(Int64.random(in: 0...amount.minorUnits, using: &rng))
            let voided = Int.random(in: 0..<8, using: &rng) == 0
            let c = Charge(id: EntityID(String(i)), leaseId: "L1", kind: .rent, amount: amount,
                           postedOn: day("2026-01-01"), dueOn: try! day("2026-01-01").adding(days: Int.random(in: 0...90, using: &rng)),
                           voidedOn: voided ? day("2026-01-02") : nil)
            return ChargeBalance(charge: c, allocated: voided ? .zero(.usd) : paid,
                                 remaining: voided ? .zero(.usd) : try! amount.subtracting(paid), isVoided: voided)
        }
    }

    @Test func oldestFirstInvariantsProperty() throws {
        try forAllCases(1000) { rng, seed in
            let charges = Self.randomBalances(&rng)
            let amount = cents(Int64.random(in: 1...1_000_000, using: &rng))
            let plan = try PaymentAllocator.oldestFirst(amount: amount, charges: charges)
            let byId = Dictionary(uniqueKeysWithValues: charges.map { ($0.charge.id, $0) })
            #expect(plan.allocated <= amount, "seed \(seed): sum of allocations ≤ payment")
            #expect(try plan.allocated.adding(plan.credit) == amount, "seed \(seed)")
            #expect(try Money.sum(plan.lines.map(\.amount), currency: .usd) == plan.allocated, "seed \(seed)")
            for line in plan.lines {
                let c = try #require(byId[line.chargeId])
                #expect(line.amount.isPositive && line.amount <= c.remaining && !c.isVoided, "seed \(seed): per charge ≤ remaining")
            }
            // Oldest first: every line except possibly the last settles its charge, and credit
            // remains only when every open charge is settled.
            for line in plan.lines.dropLast() { #expect(line.amount == byId[line.chargeId]!.remaining, "seed \(seed)") }
            if plan.credit.isPositive {
                let open = charges.filter { !$0.isVoided && $0.remaining.isPositive }
                #expect(plan.lines.count == open.count, "seed \(seed)")
            }
            let order = plan.lines.map { byId[$0.chargeId]!.charge }
            #expect(zip(order, order.dropFirst()).allSatisfy { Charge.oldestFirst($0, $1) }, "seed \(seed)")
        }
    }

    @Test func explicitAcceptanceInvariantsProperty() throws {
        var accepted = 0, rejected = 0
        try forAllCases(1000) { rng, seed in
            let charges = Self.randomBalances(&rng)
            guard !charges.isEmpty else { return }
            let amount = cents(Int64.random(in: 1...300_000, using: &rng))
            let requests = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                let c = charges[Int.random(in: 0..<charges.count, using: &rng)]
                return AllocationRequest(chargeId: c.charge.id, amount: cents(Int64.random(in: -10...max(c.remaining.minorUnits + 10, 10), using: &rng)))
            }
            do {
                let plan = try PaymentAllocator.explicit(payment: amount, requests: requests, charges: charges)
                accepted += 1
                #expect(plan.allocated <= amount, "seed \(seed)")
                var perCharge: [EntityID: Money] = [:]
                for l in plan.lines {
                    perCharge[l.chargeId] = try (perCharge[l.chargeId] ?? .zero(.usd)).adding(l.amount)
                    #expect(l.amount.isPositive, "seed \(seed)")
                }
                for (id, sum) in perCharge {
                    let c = charges.first { $0.charge.id == id }!
                    #expect(sum <= c.remaining && sum <= c.charge.amount, "seed \(seed): per charge ≤ remaining ≤ amount")
                }
            } catch let error as DomainError {
                rejected += 1
                #expect(!error.fields.isEmpty, "seed \(seed): a rejection names its fields")
            }
        }
        #expect(accepted > 50 && rejected > 50, "the generator must exercise both outcomes (\(accepted)/\(rejected))")
    }
}
