@testable import PortfolioDomain

/// Builds a random but *valid* history of one lease by driving the domain rules the way the
/// API does: post charges, record payments (explicit or oldest-first allocation), apply
/// credit, void charges, reverse payments — each step checked by the domain before it is kept.
struct LeaseHistorySimulator {
    var charges: [Charge] = []
    var payments: [Payment] = []
    var allocations: [Allocation] = []
    let start = day("2026-01-01")
    let days: Int

    init(days: Int = 120) { self.days = days }

    static func run(_ rng: inout SeededGenerator, days: Int = 120) throws -> LeaseHistorySimulator {
        var sim = LeaseHistorySimulator(days: days)
        for offset in 0..<days {
            let today = try sim.start.adding(days: offset)
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                try sim.step(on: today, &rng)
            }
        }
        return sim
    }

    mutating func step(on today: LocalDate, _ rng: inout SeededGenerator) throws {
        let balances = try ChargeBalance.compute(charges: charges, payments: payments, allocations: allocations, asOf: today)
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...2:
            charges.append(Charge(id: EntityID(String(charges.count + 1)), leaseId: "L1",
                                  kind: ChargeKind.allCases.randomElement(using: &rng)!,
                                  amount: cents(Int64.random(in: 1...250_000, using: &rng)),
                                  postedOn: today, dueOn: try today.adding(days: Int.random(in: 0...10, using: &rng))))
        case 3...5:
            let amount = cents(Int64.random(in: 1...300_000, using: &rng))
            let id = EntityID("p\(payments.count + 1)")
            let requests: [AllocationRequest]?
            if Bool.random(using: &rng) {
                requests = nil
            } else {
                requests = balances.filter { $0.remaining.isPositive && Bool.random(using: &rng) }.map {
                    AllocationRequest(chargeId: $0.charge.id, amount: cents(Int64.random(in: 1...$0.remaining.minorUnits, using: &rng)))
                }
            }
            guard let plan = try? PaymentAllocator.plan(payment: amount, requests: requests, charges: balances) else { return }
            payments.append(Payment(id: id, leaseId: "L1", amount: amount, receivedOn: today, method: .cash))
            allocations += plan.lines.map { Allocation(paymentId: id, chargeId: $0.chargeId, amount: $0.amount, appliedOn: today) }
        case 6:
            allocations += try CreditApplication.apply(payments: payments, allocations: allocations, charges: balances, on: today)
        case 7:
            let standing = charges.indices.filter { charges[$0].voidedOn == nil }
            guard let i = standing.randomElement(using: &rng) else { return }
            _ = try ChargeVoid(charge: charges[i], allocations: allocations, reason: "test", on: today)
            charges[i].voidedOn = today
        case 8:
            let standing = payments.indices.filter { payments[$0].reversedOn == nil }
            guard let i = standing.randomElement(using: &rng) else { return }
            _ = try PaymentReversal(payment: payments[i], allocations: allocations, on: today)
            payments[i].reversedOn = today
        default:
            break
        }
    }
}
