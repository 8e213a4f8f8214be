import Foundation
import GraphQLEngine
import Testing

/// Security deposits through /graphql: the deposit summary, refunds with deductions, the
/// held limit, bad input, idempotent replay, roles, tenant scope and organization isolation.
@Suite struct DepositTests {
    static let refund = """
        mutation($i: RefundDepositInput!) { refundDeposit(input: $i) {
          id leaseId amount refundedOn method note deductions { description amount } } }
        """
    static let deposit = """
        query($id: ID!) { lease(id: $id) { securityDeposit { agreed held refunded deducted
          refunds { id amount deductions { description amount } } } } }
        """

    static func input(_ lease: String, amount: String = "1500.00", deductions: [(String, String)] = [("Cleaning", "200.00")],
                      key: String? = nil) -> Value {
        var object: ObjectValue = [
            "leaseId": .string(lease), "amount": .string(amount), "refundedOn": .string("2026-06-30"),
            "method": .string("BANK"), "note": .string("Move-out"),
            "deductions": .list(deductions.map { .object(["description": .string($0.0), "amount": .string($0.1)]) }),
        ]
        if let key { object["idempotencyKey"] = .string(key) }
        return .object(object)
    }

    @Test func refundsWithDeductionsAndShowsWhatIsHeld() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a, depositMinor: 200_000)
            let before = try await app.graphQL(Self.deposit, variables: ["id": .string(lease)], as: orgs.a, "STAFF")
            let fresh = try #require(before.data?["lease"]?["securityDeposit"], "\(before.text)")
            #expect(fresh["agreed"] == .string("2000.00"))
            #expect(fresh["held"] == .string("2000.00"))
            #expect(fresh["refunds"] == .list([]))

            let done = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
            let refund = try #require(done.data?["refundDeposit"], "\(done.text)")
            #expect(refund["amount"] == .string("1500.00"))
            #expect(refund["method"] == .string("BANK"))
            #expect(refund["deductions"]?.listValue?.first?["description"] == .string("Cleaning"))

            let after = try await app.graphQL(Self.deposit, variables: ["id": .string(lease)], as: orgs.a, "STAFF")
            let summary = try #require(after.data?["lease"]?["securityDeposit"], "\(after.text)")
            #expect(summary["held"] == .string("300.00"))
            #expect(summary["refunded"] == .string("1500.00"))
            #expect(summary["deducted"] == .string("200.00"))
            #expect(summary["refunds"]?.listValue?.count == 1)

            // The rest: 300.00 exactly is allowed, then nothing more.
            let rest = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "300.00", deductions: [])], as: orgs.a, "MANAGER")
            #expect(rest.data?["refundDeposit"]?["amount"] == .string("300.00"), "\(rest.text)")
            let over = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "0.01", deductions: [])], as: orgs.a, "MANAGER")
            #expect(over.code == "BAD_USER_INPUT")
            #expect(over.badFields == ["amount"])
            #expect(over.text.contains("EXCEEDS_HELD"))
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 2)
        }
    }

    @Test func overHeldAndBadInputChangeNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a, depositMinor: 100_000)
            let over = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "900.00", deductions: [("Damage", "100.01")])], as: orgs.a, "MANAGER")
            #expect(over.code == "BAD_USER_INPUT")
            #expect(over.badFields == ["amount"])
            let negative = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "-1.00")], as: orgs.a, "MANAGER")
            #expect(negative.badFields == ["amount"])
            let blank = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, deductions: [("  ", "1.00")])], as: orgs.a, "MANAGER")
            #expect(blank.badFields == ["deductions.0.description"])
            let negativeDeduction = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, deductions: [("Paint", "-1.00")])], as: orgs.a, "MANAGER")
            #expect(negativeDeduction.badFields == ["deductions.0.amount"])
            let emptyKey = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, key: "")], as: orgs.a, "MANAGER")
            #expect(emptyKey.badFields == ["idempotencyKey"])
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_deductions") == 0)
        }
    }

    @Test func concurrentRefundsNeverExceedWhatIsHeld() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a, depositMinor: 100_000)
            let codes = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        let reply = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "600.00", deductions: [])], as: orgs.a, "MANAGER")
                        return reply.data?["refundDeposit"]?["id"]?.stringValue != nil ? "OK" : (reply.code ?? reply.text)
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(codes.sorted() == ["BAD_USER_INPUT", "BAD_USER_INPUT", "OK"])
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 1)
        }
    }

    @Test func replaysWithTheSameKey() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a, depositMinor: 200_000)
            let first = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, key: "refund-1")], as: orgs.a, "MANAGER")
            let id = try #require(first.data?["refundDeposit"]?["id"]?.stringValue, "\(first.text)")
            let again = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, key: "refund-1")], as: orgs.a, "MANAGER")
            #expect(again.data?["refundDeposit"]?["id"]?.stringValue == id, "\(again.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_deductions") == 1)
            let different = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "10.00", key: "refund-1")], as: orgs.a, "MANAGER")
            #expect(different.code == "CONFLICT")
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 1)
        }
    }

    @Test func rolesScopeAndIsolation() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a, depositMinor: 50_000, tenantUser: true)
            let staff = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "100.00", deductions: [])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let tenant = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "100.00", deductions: [])], as: orgs.a, "TENANT")
            #expect(tenant.code == "FORBIDDEN")
            let fromB = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "100.00", deductions: [])], as: orgs.b, "MANAGER")
            #expect(fromB.code == "NOT_FOUND")
            let malformed = try await app.graphQL(Self.refund, variables: ["i": Self.input("nope", amount: "100.00", deductions: [])], as: orgs.a, "MANAGER")
            #expect(malformed.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM deposit_refunds") == 0)

            _ = try await app.graphQL(Self.refund, variables: ["i": Self.input(lease, amount: "100.00", deductions: [])], as: orgs.a, "OWNER")
            let own = try await app.graphQL(Self.deposit, variables: ["id": .string(lease)], as: orgs.a, "TENANT")
            #expect(own.data?["lease"]?["securityDeposit"]?["held"] == .string("400.00"), "\(own.text)")
            #expect(own.data?["lease"]?["securityDeposit"]?["refunds"]?.listValue?.count == 1)
        }
    }
}
