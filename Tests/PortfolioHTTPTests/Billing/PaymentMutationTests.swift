import Foundation
import GraphQLEngine
import Testing

/// Payments through /graphql: explicit and oldest-first allocations, credit, reversal,
/// over-allocation refused (also under concurrency), idempotency, roles and isolation.
@Suite struct PaymentMutationTests {
    static let record = """
        mutation($i: RecordPaymentInput!) { recordPayment(input: $i) {
          id amount paidOn method kind reference reversed unallocated allocations { chargeId amount counting } } }
        """
    static let reverse = "mutation($id: ID!, $r: String!) { reversePayment(id: $id, reason: $r) { id reversed reverseReason unallocated } }"

    static func input(_ lease: String, amount: String, allocations: [(String, String)]? = nil, key: String? = nil) -> Value {
        var object: ObjectValue = ["leaseId": .string(lease), "amount": .string(amount), "paidOn": .string("2026-02-01"),
                                   "method": .string("BANK"), "reference": .string("TX-1")]
        if let allocations {
            object["allocations"] = .list(allocations.map { .object(["chargeId": .string($0.0), "amount": .string($0.1)]) })
        }
        if let key { object["idempotencyKey"] = .string(key) }
        return .object(object)
    }

    static func remaining(_ app: IdentityHarness, _ org: OrgFixture.Org, _ charge: String) async throws -> String? {
        try await app.graphQL("query($id: ID!) { charge(id: $id) { remaining } }", variables: ["id": .string(charge)], as: org, "MANAGER")
            .data?["charge"]?["remaining"]?.stringValue
    }

    @Test func oldestFirstThenCredit() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let later = try await app.charge(orgs.a, lease: lease, amount: "50", dueDate: "2026-01-20")
            let older = try await app.charge(orgs.a, lease: lease, amount: "30", dueDate: "2026-01-05")
            let reply = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "100")], as: orgs.a, "STAFF")
            let payment = try #require(reply.data?["recordPayment"], "\(reply.text)")
            let allocations = payment["allocations"]?.listValue ?? []
            #expect(Set(allocations.compactMap { $0["chargeId"]?.stringValue }) == [older, later])
            #expect(payment["unallocated"] == .string("20.00"))
            #expect(try await Self.remaining(app, orgs.a, older) == "0.00")
            #expect(try await Self.remaining(app, orgs.a, later) == "0.00")

            // The credit pays a later charge when applied.
            let next = try await app.charge(orgs.a, lease: lease, amount: "25", dueDate: "2026-02-05")
            let applied = try await app.graphQL("mutation($l: ID!) { applyCredit(leaseId: $l) { id remaining } }",
                                                variables: ["l": .string(lease)], as: orgs.a, "STAFF")
            #expect(applied.data?["applyCredit"]?.listValue?.first?["remaining"] == .string("5.00"), "\(applied.text)")
            #expect(try await Self.remaining(app, orgs.a, next) == "5.00")
        }
    }

    @Test func explicitAllocationsAreCheckedAndNothingChangesOnError() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let charge = try await app.charge(orgs.a, lease: lease, amount: "40", dueDate: "2026-01-05")
            let tooMuchForCharge = try await app.graphQL(
                Self.record, variables: ["i": Self.input(lease, amount: "100", allocations: [(charge, "41")])], as: orgs.a, "STAFF")
            #expect(tooMuchForCharge.code == "BAD_USER_INPUT", "\(tooMuchForCharge.text)")
            let tooMuchForPayment = try await app.graphQL(
                Self.record, variables: ["i": Self.input(lease, amount: "10", allocations: [(charge, "20")])], as: orgs.a, "STAFF")
            #expect(tooMuchForPayment.code == "BAD_USER_INPUT", "\(tooMuchForPayment.text)")
            let zero = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "0")], as: orgs.a, "STAFF")
            #expect(zero.badFields == ["amount"])
            let badLine = try await app.graphQL(
                Self.record, variables: ["i": Self.input(lease, amount: "10", allocations: [(charge, "-1")])], as: orgs.a, "STAFF")
            #expect(badLine.badFields == ["allocations.0.amount"], "\(badLine.text)")
            let tenant = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "10")], as: orgs.a, "TENANT")
            #expect(tenant.code == "FORBIDDEN")
            let foreign = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "10")], as: orgs.b, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM payments") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM allocations") == 0)

            let ok = try await app.graphQL(
                Self.record, variables: ["i": Self.input(lease, amount: "50", allocations: [(charge, "15")])], as: orgs.a, "STAFF")
            #expect(ok.data?["recordPayment"]?["unallocated"] == .string("35.00"), "\(ok.text)")
            #expect(try await Self.remaining(app, orgs.a, charge) == "25.00")
        }
    }

    @Test func concurrentPaymentsCannotOverAllocateACharge() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let charge = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-01-05")
            async let one = app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "70", allocations: [(charge, "70")])], as: orgs.a, "STAFF")
            async let two = app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "70", allocations: [(charge, "70")])], as: orgs.a, "MANAGER")
            let (r1, r2) = try await (one, two)
            #expect([r1.errors.isEmpty, r2.errors.isEmpty].filter { $0 }.count == 1, "\(r1.text) \(r2.text)")
            #expect(try await app.count("SELECT COALESCE(SUM(amount_minor), 0) FROM allocations") == 7000)
            #expect(try await app.count("SELECT COUNT(*) FROM payments") == 1)
        }
    }

    @Test func idempotentPaymentReplays() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            _ = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-01-05")
            async let one = app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "60", key: "pay-1")], as: orgs.a, "STAFF")
            async let two = app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "60", key: "pay-1")], as: orgs.a, "STAFF")
            let (r1, r2) = try await (one, two)
            let id = try #require(r1.data?["recordPayment"]?["id"]?.stringValue, "\(r1.text)")
            #expect(r2.data?["recordPayment"]?["id"]?.stringValue == id, "\(r2.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM payments") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM allocations") == 1)
            let other = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "61", key: "pay-1")], as: orgs.a, "STAFF")
            #expect(other.code == "CONFLICT")
            // Keys are per organization: org B may use the same key.
            let leaseB = try await app.lease(orgs.b)
            let inB = try await app.graphQL(Self.record, variables: ["i": Self.input(leaseB, amount: "60", key: "pay-1")], as: orgs.b, "STAFF")
            #expect(inB.errors.isEmpty, "\(inB.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM payments") == 2)
        }
    }

    @Test func reversalReleasesTheCharge() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let charge = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-01-05")
            let paid = try await app.graphQL(Self.record, variables: ["i": Self.input(lease, amount: "100")], as: orgs.a, "STAFF")
            let id = try #require(paid.data?["recordPayment"]?["id"]?.stringValue, "\(paid.text)")
            #expect(try await Self.remaining(app, orgs.a, charge) == "0.00")
            let staff = try await app.graphQL(Self.reverse, variables: ["id": .string(id), "r": .string("Bounced")], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let foreign = try await app.graphQL(Self.reverse, variables: ["id": .string(id), "r": .string("Bounced")], as: orgs.b, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            let blank = try await app.graphQL(Self.reverse, variables: ["id": .string(id), "r": .string("")], as: orgs.a, "MANAGER")
            #expect(blank.badFields == ["reason"])
            #expect(try await app.count("SELECT COUNT(*) FROM payments WHERE reversed_at IS NOT NULL") == 0)

            let reversed = try await app.graphQL(Self.reverse, variables: ["id": .string(id), "r": .string("Bounced")], as: orgs.a, "MANAGER")
            #expect(reversed.data?["reversePayment"]?["reversed"] == .bool(true), "\(reversed.text)")
            #expect(reversed.data?["reversePayment"]?["unallocated"] == .string("0.00"))
            #expect(try await Self.remaining(app, orgs.a, charge) == "100.00")
            #expect(try await app.count("SELECT COUNT(*) FROM payments") == 1)
            let again = try await app.graphQL(Self.reverse, variables: ["id": .string(id), "r": .string("Again")], as: orgs.a, "MANAGER")
            #expect(again.badFields == ["id"])
        }
    }
}
