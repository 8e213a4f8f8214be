import Foundation
import GraphQLEngine
import Testing

/// Rent generation (proration, idempotency under concurrency), other charges, installment
/// plans and voids through /graphql, with bad inputs, roles and organization isolation.
@Suite struct ChargeMutationTests {
    static let generate = """
        mutation($m: Month!, $l: ID) { generateRentCharges(month: $m, leaseId: $l) {
          createdCount existingCount created { id leaseId amount dueDate rentMonth kind } existing { id } } }
        """
    static let create = "mutation($i: CreateChargeInput!) { createCharge(input: $i) { id kind amount dueDate description remaining voided } }"
    static let void = "mutation($id: ID!, $r: String!) { voidCharge(id: $id, reason: $r) { id voided voidReason remaining } }"

    @Test func generatesProratedRentOncePerLeaseAndMonth() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let full = try await app.lease(orgs.a, rent: 100_000, start: "2026-01-01", dueDay: 5)
            let partial = try await app.lease(orgs.a, rent: 31_000, start: "2026-03-17", dueDay: 1)
            _ = try await app.lease(orgs.b)
            let first = try await app.graphQL(Self.generate, variables: ["m": .string("2026-03")], as: orgs.a, "MANAGER")
            let result = try #require(first.data?["generateRentCharges"], "\(first.text)")
            #expect(result["createdCount"] == .int(2))
            #expect(result["existingCount"] == .int(0))
            let charges = result["created"]?.listValue ?? []
            let byLease = Dictionary(uniqueKeysWithValues: charges.map { ($0["leaseId"]?.stringValue ?? "", $0) })
            #expect(byLease[full]?["amount"] == .string("1000.00"))
            #expect(byLease[full]?["dueDate"] == .string("2026-03-05"))
            // 15 of 31 days (17th–31st): 310.00 × 15 / 31 = 150.00; due on the first occupied day.
            #expect(byLease[partial]?["amount"] == .string("150.00"))
            #expect(byLease[partial]?["dueDate"] == .string("2026-03-17"))
            #expect(byLease[partial]?["rentMonth"] == .string("2026-03"))

            let again = try await app.graphQL(Self.generate, variables: ["m": .string("2026-03")], as: orgs.a, "MANAGER")
            #expect(again.data?["generateRentCharges"]?["createdCount"] == .int(0))
            #expect(again.data?["generateRentCharges"]?["existingCount"] == .int(2))
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 2)

            // A month before the partial lease starts bills only the full one.
            let february = try await app.graphQL(Self.generate, variables: ["m": .string("2026-02"), "l": .string(partial)], as: orgs.a, "MANAGER")
            #expect(february.data?["generateRentCharges"]?["createdCount"] == .int(0), "\(february.text)")
        }
    }

    @Test func concurrentGenerationsCreateOneSet() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            for _ in 0..<3 { _ = try await app.lease(orgs.a) }
            async let one = app.graphQL(Self.generate, variables: ["m": .string("2026-04")], as: orgs.a, "MANAGER")
            async let two = app.graphQL(Self.generate, variables: ["m": .string("2026-04")], as: orgs.a, "OWNER")
            let (r1, r2) = try await (one, two)
            func created(_ reply: GraphQLReply) -> Int {
                if case .int(let n)? = reply.data?["generateRentCharges"]?["createdCount"] { return n }
                return -1
            }
            #expect(created(r1) + created(r2) == 3, "\(r1.text) \(r2.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE rent_month = '2026-04'") == 3)
        }
    }

    @Test func createChargeValidatesAndChangesNothingOnBadInput() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            func input(_ changes: ObjectValue) -> Value {
                var object: ObjectValue = ["leaseId": .string(lease), "kind": .string("UTILITY"), "amount": .string("42.50"),
                                           "dueDate": .string("2026-02-10"), "description": .string("Water February")]
                for (key, value) in changes { object[key] = value }
                return .object(object)
            }
            let ok = try await app.graphQL(Self.create, variables: ["i": input([:])], as: orgs.a, "MANAGER")
            let charge = try #require(ok.data?["createCharge"], "\(ok.text)")
            #expect(charge["amount"] == .string("42.50"))
            #expect(charge["remaining"] == .string("42.50"))
            #expect(charge["kind"] == .string("UTILITY"))

            for (changes, field) in [
                (["amount": Value.string("0")], "amount"), (["amount": .string("-3")], "amount"),
                (["description": .string("  ")], "description"), (["kind": .string("RENT")], "kind"),
                (["kind": .string("INSTALLMENT")], "kind"),
                (["idempotencyKey": .string("")], "idempotencyKey"),
                (["idempotencyKey": .string(String(repeating: "k", count: 201))], "idempotencyKey"),
            ] as [(ObjectValue, String)] {
                let bad = try await app.graphQL(Self.create, variables: ["i": input(changes)], as: orgs.a, "MANAGER")
                #expect(bad.code == "BAD_USER_INPUT", "\(bad.text)")
                #expect(bad.badFields.contains(field), "\(field): \(bad.text)")
            }
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 1)

            let tenant = try await app.graphQL(Self.create, variables: ["i": input([:])], as: orgs.a, "TENANT")
            #expect(tenant.code == "FORBIDDEN")
            let foreignLease = try await app.lease(orgs.b)
            let foreign = try await app.graphQL(Self.create, variables: ["i": input(["leaseId": .string(foreignLease)])], as: orgs.a, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 1)
        }
    }

    @Test func idempotencyKeyReplaysAndConflicts() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let input: ObjectValue = ["leaseId": .string(lease), "kind": .string("LATE_FEE"), "amount": .string("10"),
                                      "dueDate": .string("2026-02-10"), "description": .string("Late"), "idempotencyKey": .string("fee-1")]
            let first = try await app.graphQL(Self.create, variables: ["i": .object(input)], as: orgs.a, "MANAGER")
            let second = try await app.graphQL(Self.create, variables: ["i": .object(input)], as: orgs.a, "MANAGER")
            let id = try #require(first.data?["createCharge"]?["id"]?.stringValue, "\(first.text)")
            #expect(second.data?["createCharge"]?["id"]?.stringValue == id, "\(second.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 1)
            var changed = input
            changed["amount"] = .string("11")
            let conflict = try await app.graphQL(Self.create, variables: ["i": .object(changed)], as: orgs.a, "MANAGER")
            #expect(conflict.code == "CONFLICT", "\(conflict.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 1)
        }
    }

    @Test func installmentPlanSplitsExactly() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let mutation = """
                mutation($i: CreateInstallmentPlanInput!) { createInstallmentPlan(input: $i) {
                  id total installmentCount charges { amount dueDate kind } } }
                """
            let reply = try await app.graphQL(mutation, variables: ["i": .object([
                "leaseId": .string(lease), "total": .string("100.00"), "installmentCount": .int(3),
                "firstDueDate": .string("2026-01-31"), "description": .string("Repairs"),
            ])], as: orgs.a, "MANAGER")
            let plan = try #require(reply.data?["createInstallmentPlan"], "\(reply.text)")
            let charges = plan["charges"]?.listValue ?? []
            #expect(charges.map { $0["amount"]?.stringValue } == ["33.34", "33.33", "33.33"])
            #expect(charges.map { $0["dueDate"]?.stringValue } == ["2026-01-31", "2026-02-28", "2026-03-31"])
            #expect(charges.allSatisfy { $0["kind"] == .string("INSTALLMENT") }, "\(reply.text)")
            let listed = try await app.graphQL(
                "{ charges(filter: {kind: [INSTALLMENT]}) { totalCount nodes { installmentPlanId } } }", as: orgs.a, "MANAGER")
            #expect(listed.data?["charges"]?["totalCount"] == .int(3), "\(listed.text)")
            let bad = try await app.graphQL(mutation, variables: ["i": .object([
                "leaseId": .string(lease), "total": .string("100.00"), "installmentCount": .int(0),
                "firstDueDate": .string("2026-01-31"), "description": .string("Repairs"),
            ])], as: orgs.a, "MANAGER")
            #expect(bad.badFields == ["installmentCount"], "\(bad.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM installment_plans") == 1)
        }
    }

    @Test func voidKeepsTheRowAndRefusesAllocatedCharges() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let free = try await app.charge(orgs.a, lease: lease, amount: "20", dueDate: "2026-01-05")
            let blank = try await app.graphQL(Self.void, variables: ["id": .string(free), "r": .string(" ")], as: orgs.a, "MANAGER")
            #expect(blank.badFields == ["reason"])
            let foreign = try await app.graphQL(Self.void, variables: ["id": .string(free), "r": .string("x")], as: orgs.b, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            let staff = try await app.graphQL(Self.void, variables: ["id": .string(free), "r": .string("x")], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL") == 0)

            let voided = try await app.graphQL(Self.void, variables: ["id": .string(free), "r": .string("Entered twice")], as: orgs.a, "MANAGER")
            #expect(voided.data?["voidCharge"]?["voided"] == .bool(true), "\(voided.text)")
            #expect(voided.data?["voidCharge"]?["remaining"] == .string("0.00"))
            let twice = try await app.graphQL(Self.void, variables: ["id": .string(free), "r": .string("again")], as: orgs.a, "MANAGER")
            #expect(twice.badFields == ["id"])

            let paid = try await app.charge(orgs.a, lease: lease, amount: "30", dueDate: "2026-01-06")
            let pay = try await app.graphQL(PaymentMutationTests.record, variables: ["i": PaymentMutationTests.input(lease, amount: "10")],
                                            as: orgs.a, "STAFF")
            #expect(pay.errors.isEmpty, "\(pay.text)")
            let refused = try await app.graphQL(Self.void, variables: ["id": .string(paid), "r": .string("x")], as: orgs.a, "MANAGER")
            #expect(refused.code == "BAD_USER_INPUT")
            #expect(refused.badFields == ["id"])
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 2)
        }
    }
}
