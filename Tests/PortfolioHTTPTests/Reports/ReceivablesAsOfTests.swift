import Foundation
import GraphQLEngine
import Testing

/// The receivable reports (delinquency, rent roll) as of a past date follow the ledger's
/// rules: a payment reversed after that date still paid its charges then, a charge voided
/// after it was still owed then, a payment received after it had not paid anything yet. And
/// `charges.settled_on`, which lets the reports skip settled charges, follows every mutation
/// that changes what pays a charge.
@Suite("Receivables as of a date")
struct ReceivablesAsOfTests {
    static let amounts = "days0To30 days31To60 days61To90 over90 total"

    @Test("reversal, void and late payment counted on the day they happened, not before")
    func asOfFollowsEventDates() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let a = ReportsData(pool: app.pool, orgID: orgs.a.id)
            let building = try await a.building("Gamma")
            let unit = try await a.unit(building, "1")
            let tenant = try await a.tenant("Tess")
            let lease = try await a.lease(unit, start: "2026-01-01", rent: 100_000, parties: [(tenant, "PRIMARY")])
            // Paid on 05-03, the payment reversed on 07-10.
            let reversedLater = try await a.charge(lease, due: "2026-05-01", amount: 10_000)
            try await a.payment(lease, paidOn: "2026-05-03", amount: 10_000, reversedAt: "2026-07-10 15:00:00",
                                allocations: [(reversedLater, 10_000)])
            // Voided on 07-05.
            let voidedLater = try await a.charge(lease, due: "2026-06-01", amount: 5_000, voidedAt: "2026-07-05 08:00:00")
            // Paid on 07-02.
            let paidLater = try await a.charge(lease, due: "2026-06-10", amount: 2_000)
            try await a.payment(lease, paidOn: "2026-07-02", amount: 2_000, allocations: [(paidLater, 2_000)])

            func delinquency(_ asOf: String) async throws -> (rows: [Value], totals: [String]) {
                let reply = try await app.graphQL("""
                    query($d: Date!) { delinquencyReport(asOf: $d) { rows { leaseId chargeCount } totals { \(Self.amounts) } } }
                    """, variables: ["d": .string(asOf)], as: orgs.a, "MANAGER")
                let report = try #require(reply.data?["delinquencyReport"], "\(reply.text)")
                return (report["rows"]?.listValue ?? [], ReportQueriesTests.figures(report["totals"]))
            }
            func rentRollBalance(_ asOf: String) async throws -> String? {
                let reply = try await app.graphQL("""
                    query($d: Date!) { rentRoll(asOf: $d) { rows { unitId balance } } }
                    """, variables: ["d": .string(asOf)], as: orgs.a, "MANAGER")
                let rows = reply.data?["rentRoll"]?["rows"]?.listValue ?? []
                return rows.first { $0["unitId"]?.stringValue == unit }?["balance"]?.stringValue
            }

            // 06-30: the reversed payment still stood (nothing owed on the May charge); the
            // voided charge was owed (29 days); the late payment had not come (20 days).
            let june = try await delinquency("2026-06-30")
            #expect(june.rows.map { $0["chargeCount"] } == [.int(2)])
            #expect(june.totals == ["70.00", "0.00", "0.00", "0.00", "70.00"])
            #expect(try await rentRollBalance("2026-06-30") == "70.00")

            // 07-31: the May charge owes again (91 days), the void and the payment count.
            let july = try await delinquency("2026-07-31")
            #expect(july.rows.map { $0["chargeCount"] } == [.int(1)])
            #expect(july.totals == ["0.00", "0.00", "0.00", "100.00", "100.00"])
            #expect(try await rentRollBalance("2026-07-31") == "100.00")

            // Between the payment (07-02) and the reversal (07-10): only the May charge is paid.
            let early = try await delinquency("2026-07-03")
            #expect(early.totals == ["0.00", "50.00", "0.00", "0.00", "50.00"])
        }
    }

    /// `settled_on` of every charge of the org, by id.
    static func settledOn(_ app: IdentityHarness, _ org: OrgFixture.Org) async throws -> [String: String] {
        let rows = try await app.pool.withConnection {
            try await $0.query("SELECT id, COALESCE(DATE_FORMAT(settled_on, '%Y-%m-%d'), '-') AS day FROM charges WHERE org_id = ?",
                               [org.id])
        }
        var result: [String: String] = [:]
        for row in rows {
            let id: String = try row.decode("id")
            result[id.lowercased()] = try row.decode("day")
        }
        return result
    }

    @Test("settled_on follows recordPayment (explicit and oldest-first), applyCredit and reversePayment")
    func settledOnFollowsMutations() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let first = try await app.charge(orgs.a, lease: lease, amount: "30", dueDate: "2026-01-05")
            let second = try await app.charge(orgs.a, lease: lease, amount: "50", dueDate: "2026-01-20")
            func pay(_ amount: String, on day: String, allocations: [(String, String)]? = nil) async throws -> String {
                var input: ObjectValue = ["leaseId": .string(lease), "amount": .string(amount), "paidOn": .string(day),
                                          "method": .string("CASH")]
                if let allocations {
                    input["allocations"] = .list(allocations.map { .object(["chargeId": .string($0.0), "amount": .string($0.1)]) })
                }
                let reply = try await app.graphQL("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }",
                                                  variables: ["i": .object(input)], as: orgs.a, "STAFF")
                return try #require(reply.data?["recordPayment"]?["id"]?.stringValue, "\(reply.text)")
            }

            // Part of the first charge: still owed.
            _ = try await pay("10", on: "2026-01-06", allocations: [(first, "10")])
            #expect(try await Self.settledOn(app, orgs.a) == [first: "-", second: "-"])
            // Oldest first: completes the first charge on 02-01 and leaves 60 of credit.
            let big = try await pay("80", on: "2026-02-01")
            #expect(try await Self.settledOn(app, orgs.a) == [first: "2026-02-01", second: "2026-02-01"])
            // A new charge paid from the credit: settled on the day the credit was received.
            let third = try await app.charge(orgs.a, lease: lease, amount: "10", dueDate: "2026-03-01")
            let applied = try await app.graphQL("mutation($l: ID!) { applyCredit(leaseId: $l) { id } }",
                                                variables: ["l": .string(lease)], as: orgs.a, "STAFF")
            #expect(applied.errors.isEmpty, "\(applied.text)")
            #expect(try await Self.settledOn(app, orgs.a)[third] == "2026-02-01")
            // Reversing the big payment re-opens every charge it paid.
            let reversed = try await app.graphQL("mutation($id: ID!) { reversePayment(id: $id, reason: \"bounced\") { id } }",
                                                 variables: ["id": .string(big)], as: orgs.a, "MANAGER")
            #expect(reversed.errors.isEmpty, "\(reversed.text)")
            #expect(try await Self.settledOn(app, orgs.a) == [first: "-", second: "-", third: "-"])
        }
    }
}
