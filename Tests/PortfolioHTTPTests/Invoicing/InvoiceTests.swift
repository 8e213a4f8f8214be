import Foundation
import GraphQLEngine
import Testing

/// Invoices through /graphql: generation (numbering, charge selection, bad input, charges
/// on one live invoice), status transitions, reads and lists with tenant scope, roles and
/// organization isolation.
@Suite struct InvoiceTests {
    static let fields = "id number status issueDate dueDate total lease { id } lines { charge { id } description amount }"
    static let generate = "mutation($i: GenerateInvoiceInput!) { generateInvoice(input: $i) { \(fields) } }"

    static func input(_ lease: String, charges: [String]? = nil, issue: String = "2026-03-01", due: String = "2026-03-15") -> Value {
        var object: ObjectValue = ["leaseId": .string(lease), "issueDate": .string(issue), "dueDate": .string(due)]
        if let charges { object["chargeIds"] = .list(charges.map(Value.string)) }
        return .object(object)
    }

    @Test func generatesNumberedInvoicesFromOpenCharges() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a)
            let water = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_250, dueDate: "2026-02-10", description: "Water")
            let power = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 3_000, dueDate: "2026-02-01", description: "Power")
            _ = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 999, dueDate: "2026-02-01", voided: true)

            let first = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
            let invoice = try #require(first.data?["generateInvoice"], "\(first.text)")
            #expect(invoice["number"] == .string("INV-2026-000001"))
            #expect(invoice["status"] == .string("GENERATED"))
            #expect(invoice["total"] == .string("42.50"))
            #expect(invoice["lease"]?["id"]?.stringValue == lease)
            let lines = invoice["lines"]?.listValue ?? []
            #expect(lines.map { $0["charge"]?["id"]?.stringValue } == [power, water])
            #expect(lines.map { $0["description"] } == [.string("Power"), .string("Water")])
            #expect(lines.map { $0["amount"] } == [.string("30.00"), .string("12.50")])

            // Nothing open is left, so a second "all charges" invoice has no lines.
            let empty = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
            #expect(empty.code == "BAD_USER_INPUT")
            #expect(empty.badFields == ["chargeIds"])

            let later = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 500, dueDate: "2026-03-01")
            let second = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [later])], as: orgs.a, "OWNER")
            #expect(second.data?["generateInvoice"]?["number"] == .string("INV-2026-000002"), "\(second.text)")
            let nextYear = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 500, dueDate: "2027-01-01")
            let third = try await app.graphQL(
                Self.generate, variables: ["i": Self.input(lease, charges: [nextYear], issue: "2027-01-02", due: "2027-01-20")], as: orgs.a, "MANAGER")
            #expect(third.data?["generateInvoice"]?["number"] == .string("INV-2027-000001"), "\(third.text)")
            // Org B has its own sequence.
            let leaseB = try await app.invoicingLease(orgs.b)
            _ = try await app.invoicingCharge(orgs.b, lease: leaseB, amountMinor: 100, dueDate: "2026-01-05")
            let other = try await app.graphQL(Self.generate, variables: ["i": Self.input(leaseB)], as: orgs.b, "MANAGER")
            #expect(other.data?["generateInvoice"]?["number"] == .string("INV-2026-000001"), "\(other.text)")
        }
    }

    @Test func badInputNamesTheFieldAndChangesNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a)
            let charge = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_000, dueDate: "2026-02-01")
            let void = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_000, dueDate: "2026-02-01", voided: true)
            let otherLease = try await app.invoicingLease(orgs.a)
            let foreign = try await app.invoicingCharge(orgs.a, lease: otherLease, amountMinor: 1_000, dueDate: "2026-02-01")

            let dates = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, issue: "2026-03-10", due: "2026-03-01")], as: orgs.a, "MANAGER")
            #expect(dates.code == "BAD_USER_INPUT")
            #expect(dates.badFields == ["dueDate"])
            let voided = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [charge, void])], as: orgs.a, "MANAGER")
            #expect(voided.badFields == ["chargeIds.1"])
            let twice = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [charge, charge])], as: orgs.a, "MANAGER")
            #expect(twice.badFields == ["chargeIds.1"])
            let elsewhere = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [foreign])], as: orgs.a, "MANAGER")
            #expect(elsewhere.badFields == ["chargeIds.0"])
            let none = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [])], as: orgs.a, "MANAGER")
            #expect(none.badFields == ["chargeIds"])
            #expect(try await app.count("SELECT COUNT(*) FROM invoices") == 0)

            let first = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [charge])], as: orgs.a, "MANAGER")
            let id = try #require(first.data?["generateInvoice"]?["id"]?.stringValue, "\(first.text)")
            let again = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [charge])], as: orgs.a, "MANAGER")
            #expect(again.code == "BAD_USER_INPUT")
            #expect(again.badFields == ["chargeIds.0"])
            #expect(try await app.count("SELECT COUNT(*) FROM invoices") == 1)

            // Voiding the invoice frees the charge.
            let voidReply = try await app.graphQL("mutation($id: ID!) { voidInvoice(id: $id) { status } }", variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            #expect(voidReply.data?["voidInvoice"]?["status"] == .string("VOID"), "\(voidReply.text)")
            let reissued = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease, charges: [charge])], as: orgs.a, "MANAGER")
            #expect(reissued.data?["generateInvoice"]?["number"] == .string("INV-2026-000002"), "\(reissued.text)")
        }
    }

    @Test func transitionsFollowTheLifeCycle() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a)
            _ = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_000, dueDate: "2026-02-01")
            let created = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
            let id = try #require(created.data?["generateInvoice"]?["id"]?.stringValue, "\(created.text)")
            func move(_ mutation: String) async throws -> GraphQLReply {
                try await app.graphQL("mutation($id: ID!) { \(mutation)(id: $id) { status } }", variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            }
            #expect(try await move("markInvoiceSent").data?["markInvoiceSent"]?["status"] == .string("SENT"))
            #expect(try await move("markInvoicePaid").data?["markInvoicePaid"]?["status"] == .string("PAID"))
            let illegal = try await move("voidInvoice")
            #expect(illegal.code == "BAD_USER_INPUT")
            #expect(illegal.badFields == ["status"])
            #expect(illegal.text.contains("ILLEGAL_TRANSITION"))
            let back = try await move("markInvoiceSent")
            #expect(back.badFields == ["status"])
            #expect(try await app.count("SELECT COUNT(*) FROM invoices WHERE status = 'PAID'") == 1)
        }
    }

    @Test func concurrentGenerationTakesDistinctNumbers() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            var leases: [String] = []
            for _ in 0..<4 {
                let lease = try await app.invoicingLease(orgs.a)
                _ = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_000, dueDate: "2026-02-01")
                leases.append(lease)
            }
            let numbers = try await withThrowingTaskGroup(of: String?.self) { group in
                for lease in leases {
                    group.addTask {
                        let reply = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
                        let number = reply.data?["generateInvoice"]?["number"]?.stringValue
                        #expect(number != nil, "\(reply.text)")
                        return number
                    }
                }
                return try await group.reduce(into: [String]()) { if let n = $1 { $0.append(n) } }
            }
            #expect(numbers.sorted() == ["INV-2026-000001", "INV-2026-000002", "INV-2026-000003", "INV-2026-000004"])
        }
    }

    @Test func readsListsAndScopes() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let mine = try await app.invoicingLease(orgs.a, tenantUser: true)
            let other = try await app.invoicingLease(orgs.a)
            _ = try await app.invoicingCharge(orgs.a, lease: mine, amountMinor: 1_000, dueDate: "2026-02-01")
            _ = try await app.invoicingCharge(orgs.a, lease: other, amountMinor: 2_000, dueDate: "2026-02-01")
            let a = try await app.graphQL(Self.generate, variables: ["i": Self.input(mine)], as: orgs.a, "MANAGER")
            let aID = try #require(a.data?["generateInvoice"]?["id"]?.stringValue, "\(a.text)")
            let b = try await app.graphQL(Self.generate, variables: ["i": Self.input(other)], as: orgs.a, "MANAGER")
            let bID = try #require(b.data?["generateInvoice"]?["id"]?.stringValue, "\(b.text)")
            _ = try await app.graphQL("mutation($id: ID!) { markInvoiceSent(id: $id) { id } }", variables: ["id": .string(bID)], as: orgs.a, "MANAGER")

            let list = "query($f: InvoiceFilter, $first: Int, $after: String) { invoices(first: $first, after: $after, filter: $f) { totalCount nodes { id number } pageInfo { hasNextPage endCursor } } }"
            let all = try await app.graphQL(list, as: orgs.a, "STAFF")
            #expect(all.data?["invoices"]?["totalCount"] == .int(2), "\(all.text)")
            #expect(all.data?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [bID, aID])
            let page = try await app.graphQL(list, variables: ["first": .int(1)], as: orgs.a, "STAFF")
            #expect(page.data?["invoices"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            let cursor = try #require(page.data?["invoices"]?["pageInfo"]?["endCursor"]?.stringValue)
            let next = try await app.graphQL(list, variables: ["first": .int(1), "after": .string(cursor)], as: orgs.a, "STAFF")
            #expect(next.data?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [aID])
            let sent = try await app.graphQL(list, variables: ["f": .object(["status": .string("SENT")])], as: orgs.a, "STAFF")
            #expect(sent.data?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [bID])
            let byLease = try await app.graphQL(list, variables: ["f": .object(["leaseId": .string(mine)])], as: orgs.a, "STAFF")
            #expect(byLease.data?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [aID])

            let onLease = "query($id: ID!) { lease(id: $id) { invoices(status: GENERATED) { totalCount nodes { id } } } }"
            let leaseInvoices = try await app.graphQL(onLease, variables: ["id": .string(mine)], as: orgs.a, "STAFF")
            #expect(leaseInvoices.data?["lease"]?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [aID], "\(leaseInvoices.text)")
            let otherSent = try await app.graphQL(onLease, variables: ["id": .string(other)], as: orgs.a, "STAFF")
            #expect(otherSent.data?["lease"]?["invoices"]?["totalCount"] == .int(0), "\(otherSent.text)")

            // A tenant sees only the invoices of their own lease.
            let tenant = try await app.graphQL(list, as: orgs.a, "TENANT")
            #expect(tenant.data?["invoices"]?["nodes"]?.listValue?.map { $0["id"]?.stringValue } == [aID], "\(tenant.text)")
            let one = "query($id: ID!) { invoice(id: $id) { id total lines { amount } } }"
            let own = try await app.graphQL(one, variables: ["id": .string(aID)], as: orgs.a, "TENANT")
            #expect(own.data?["invoice"]?["total"] == .string("10.00"), "\(own.text)")
            let notOwn = try await app.graphQL(one, variables: ["id": .string(bID)], as: orgs.a, "TENANT")
            #expect(notOwn.code == "NOT_FOUND")
            // Org B sees none of org A's invoices.
            let fromB = try await app.graphQL(one, variables: ["id": .string(aID)], as: orgs.b, "OWNER")
            #expect(fromB.code == "NOT_FOUND")
            let malformed = try await app.graphQL(one, variables: ["id": .string("nope")], as: orgs.a, "OWNER")
            #expect(malformed.code == "NOT_FOUND")
        }
    }

    @Test func rolesAndIsolation() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.invoicingLease(orgs.a)
            _ = try await app.invoicingCharge(orgs.a, lease: lease, amountMinor: 1_000, dueDate: "2026-02-01")
            let staff = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let tenant = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "TENANT")
            #expect(tenant.code == "FORBIDDEN")
            let fromB = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.b, "MANAGER")
            #expect(fromB.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM invoices") == 0)

            let created = try await app.graphQL(Self.generate, variables: ["i": Self.input(lease)], as: orgs.a, "MANAGER")
            let id = try #require(created.data?["generateInvoice"]?["id"]?.stringValue, "\(created.text)")
            let sentByB = try await app.graphQL("mutation($id: ID!) { markInvoiceSent(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.b, "MANAGER")
            #expect(sentByB.code == "NOT_FOUND")
            let sentByStaff = try await app.graphQL("mutation($id: ID!) { markInvoiceSent(id: $id) { id } }", variables: ["id": .string(id)], as: orgs.a, "STAFF")
            #expect(sentByStaff.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM invoices WHERE status = 'GENERATED'") == 1)
        }
    }
}
