import Foundation
import GraphQLEngine
import Testing

/// `leaseLedger` as of dates, and what a TENANT may read.
@Suite struct LedgerTests {
    static let ledger = """
        query($l: ID!, $d: Date) { leaseLedger(leaseId: $l, asOf: $d) {
          asOf totalCharged totalPaid outstanding credit balance entries { date kind amount runningBalance } } }
        """

    @Test func balancesAsOfDates() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a, rent: 100_000, start: "2026-01-01", dueDay: 5)
            _ = try await app.graphQL(ChargeMutationTests.generate, variables: ["m": .string("2026-01")], as: orgs.a, "MANAGER")
            _ = try await app.graphQL(ChargeMutationTests.generate, variables: ["m": .string("2026-02")], as: orgs.a, "MANAGER")
            let paid = try await app.graphQL(PaymentMutationTests.record, variables: ["i": PaymentMutationTests.input(lease, amount: "1200")],
                                             as: orgs.a, "STAFF")
            #expect(paid.errors.isEmpty, "\(paid.text)")

            // 15 January: January's rent only.
            let mid = try await app.graphQL(Self.ledger, variables: ["l": .string(lease), "d": .string("2026-01-15")], as: orgs.a, "MANAGER")
            let january = try #require(mid.data?["leaseLedger"], "\(mid.text)")
            #expect(january["totalCharged"] == .string("1000.00"))
            #expect(january["totalPaid"] == .string("0.00"))
            #expect(january["balance"] == .string("1000.00"))

            // 1 February: February posted and the payment (paid on 1 February) received.
            let after = try await app.graphQL(Self.ledger, variables: ["l": .string(lease), "d": .string("2026-02-01")], as: orgs.a, "MANAGER")
            let february = try #require(after.data?["leaseLedger"], "\(after.text)")
            #expect(february["totalCharged"] == .string("2000.00"))
            #expect(february["totalPaid"] == .string("1200.00"))
            #expect(february["balance"] == .string("800.00"))
            let entries = february["entries"]?.listValue ?? []
            #expect(entries.count == 3)
            #expect(entries.last?["runningBalance"] == .string("800.00"))

            let onLease = try await app.graphQL(
                "query($l: ID!) { lease(id: $l) { balance(asOf: \"2026-02-01\") credit ledger(asOf: \"2026-01-15\") { balance } } }",
                variables: ["l": .string(lease)], as: orgs.a, "MANAGER")
            #expect(onLease.data?["lease"]?["balance"] == .string("800.00"), "\(onLease.text)")
            #expect(onLease.data?["lease"]?["credit"] == .string("0.00"))
            #expect(onLease.data?["lease"]?["ledger"]?["balance"] == .string("1000.00"))

            let foreign = try await app.graphQL(Self.ledger, variables: ["l": .string(lease)], as: orgs.b, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            let badDate = try await app.graphQL(Self.ledger, variables: ["l": .string(lease), "d": .string("2026-02-30")], as: orgs.a, "MANAGER")
            #expect(!badDate.errors.isEmpty)
        }
    }

    @Test func tenantReadsOnlyOwnLeases() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let own = try await app.lease(orgs.a, tenantUser: true)
            let other = try await app.lease(orgs.a)
            let ownCharge = try await app.charge(orgs.a, lease: own, amount: "10", dueDate: "2026-01-05")
            let otherCharge = try await app.charge(orgs.a, lease: other, amount: "10", dueDate: "2026-01-05")
            let query = "query($id: ID!) { charge(id: $id) { id amount remaining allocations { id } } }"
            let mine = try await app.graphQL(query, variables: ["id": .string(ownCharge)], as: orgs.a, "TENANT")
            #expect(mine.data?["charge"]?["id"]?.stringValue == ownCharge, "\(mine.text)")
            let theirs = try await app.graphQL(query, variables: ["id": .string(otherCharge)], as: orgs.a, "TENANT")
            #expect(theirs.data?["charge"] == .null, "\(theirs.text)")
            let ownLedger = try await app.graphQL(Self.ledger, variables: ["l": .string(own)], as: orgs.a, "TENANT")
            #expect(ownLedger.errors.isEmpty, "\(ownLedger.text)")
            let otherLedger = try await app.graphQL(Self.ledger, variables: ["l": .string(other)], as: orgs.a, "TENANT")
            #expect(otherLedger.code == "NOT_FOUND")
            let foreignOrg = try await app.graphQL(query, variables: ["id": .string(ownCharge)], as: orgs.b, "MANAGER")
            #expect(foreignOrg.data?["charge"] == .null)
        }
    }
}
