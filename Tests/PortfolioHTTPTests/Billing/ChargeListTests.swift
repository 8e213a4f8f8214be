import Foundation
import GraphQLEngine
import Testing

/// `Query.charges` and `Lease.charges`: filters, status from voids and settlement,
/// ordering with the id as tie-breaker, keyset paging both ways, cursors bound to their
/// order, bad filter input, and the TENANT and organization scopes.
@Suite struct ChargeListTests {
    static let list = """
        query($f: ChargeFilter, $o: ChargeOrder, $first: Int, $after: String, $last: Int, $before: String) {
          charges(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
            totalCount nodes { id kind amount dueDate voided remaining }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """

    static func vars(_ filter: ObjectValue? = nil, order: (String, String)? = nil, first: Int? = nil, after: String? = nil,
                     last: Int? = nil, before: String? = nil) -> [String: Value] {
        var variables: [String: Value] = [:]
        if let filter { variables["f"] = .object(filter) }
        if let order { variables["o"] = .object(["field": .string(order.0), "direction": .string(order.1)]) }
        if let first { variables["first"] = .int(first) }
        if let after { variables["after"] = .string(after) }
        if let last { variables["last"] = .int(last) }
        if let before { variables["before"] = .string(before) }
        return variables
    }

    @Test func filtersByLeaseUnitBuildingKindAndDueDates() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let one = try await app.lease(orgs.a)
            let two = try await app.lease(orgs.a)
            let rent = try await app.rawCharge(orgs.a, lease: one, kind: "RENT", amountMinor: 100_000, due: "2026-01-05")
            let water = try await app.rawCharge(orgs.a, lease: one, kind: "UTILITY", amountMinor: 2_000, due: "2026-02-05")
            let fee = try await app.rawCharge(orgs.a, lease: two, kind: "LATE_FEE", amountMinor: 500, due: "2026-03-05")
            _ = try await app.rawCharge(orgs.b, lease: try await app.lease(orgs.b), amountMinor: 700, due: "2026-01-05")

            // Default order: due date, newest first; only org A's rows.
            let all = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.a, "MANAGER")
            #expect(all.nodeIDs("charges") == [fee, water, rent], "\(all.text)")
            #expect(all.totalCount("charges") == 3)

            let byLease = try await app.graphQL(Self.list, variables: Self.vars(["leaseId": .string(one)]), as: orgs.a, "MANAGER")
            #expect(Set(byLease.nodeIDs("charges")) == [rent, water])
            #expect(byLease.totalCount("charges") == 2)
            let place = try await app.place(of: two)
            let byUnit = try await app.graphQL(Self.list, variables: Self.vars(["unitId": .string(place.unit)]), as: orgs.a, "MANAGER")
            #expect(byUnit.nodeIDs("charges") == [fee], "\(byUnit.text)")
            let byBuilding = try await app.graphQL(Self.list, variables: Self.vars(["buildingId": .string(place.building)]), as: orgs.a, "MANAGER")
            #expect(byBuilding.nodeIDs("charges") == [fee])
            let byKind = try await app.graphQL(
                Self.list, variables: Self.vars(["kind": .list([.string("RENT"), .string("LATE_FEE")])]), as: orgs.a, "MANAGER")
            #expect(byKind.nodeIDs("charges") == [fee, rent])
            let noKind = try await app.graphQL(Self.list, variables: Self.vars(["kind": .list([])]), as: orgs.a, "MANAGER")
            #expect(noKind.nodeIDs("charges").isEmpty && noKind.totalCount("charges") == 0)
            let dues = try await app.graphQL(
                Self.list, variables: Self.vars(["dueFrom": .string("2026-02-05"), "dueTo": .string("2026-03-04")]), as: orgs.a, "MANAGER")
            #expect(dues.nodeIDs("charges") == [water], "bounds are inclusive: \(dues.text)")
            // Conditions combine with AND.
            let both = try await app.graphQL(
                Self.list, variables: Self.vars(["leaseId": .string(one), "kind": .list([.string("LATE_FEE")])]), as: orgs.a, "MANAGER")
            #expect(both.nodeIDs("charges").isEmpty)
            // Another organization's lease id filters to nothing (it is not theirs to see).
            let foreign = try await app.graphQL(Self.list, variables: Self.vars(["leaseId": .string(one)]), as: orgs.b, "MANAGER")
            #expect(foreign.nodeIDs("charges").isEmpty && foreign.totalCount("charges") == 0, "\(foreign.text)")
        }
    }

    @Test func statusFollowsVoidsAndSettlement() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            let paid = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-01-05")
            let partly = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-02-05")
            let voided = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-03-05")
            let untouched = try await app.charge(orgs.a, lease: lease, amount: "100", dueDate: "2026-04-05")
            let payment = try await app.graphQL(
                PaymentMutationTests.record,
                variables: ["i": PaymentMutationTests.input(lease, amount: "150", allocations: [(paid, "100"), (partly, "50")])],
                as: orgs.a, "MANAGER")
            #expect(payment.errors.isEmpty, "\(payment.text)")
            let void = try await app.graphQL(ChargeMutationTests.void, variables: ["id": .string(voided), "r": .string("Mistake")],
                                             as: orgs.a, "MANAGER")
            #expect(void.errors.isEmpty, "\(void.text)")

            func status(_ value: String) async throws -> Set<String> {
                let reply = try await app.graphQL(Self.list, variables: Self.vars(["status": .string(value)]), as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                return Set(reply.nodeIDs("charges"))
            }
            #expect(try await status("PAID") == [paid])
            #expect(try await status("OPEN") == [partly, untouched])
            #expect(try await status("VOIDED") == [voided])

            // Reversing the payment makes the paid charge owed again.
            let paymentID = try #require(payment.data?["recordPayment"]?["id"]?.stringValue)
            let reversed = try await app.graphQL(PaymentMutationTests.reverse, variables: ["id": .string(paymentID), "r": .string("Bounced")],
                                                 as: orgs.a, "MANAGER")
            #expect(reversed.errors.isEmpty, "\(reversed.text)")
            #expect(try await status("PAID").isEmpty)
            #expect(try await status("OPEN") == [paid, partly, untouched])
        }
    }

    @Test func ordersWithIdTieBreakAndPagesBothWays() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await app.lease(orgs.a)
            // Five charges of the same amount (ties), two others.
            var tied: [String] = []
            for day in 1...5 { tied.append(try await app.rawCharge(orgs.a, lease: lease, amountMinor: 1_000, due: "2026-01-0\(day)")) }
            let small = try await app.rawCharge(orgs.a, lease: lease, amountMinor: 10, due: "2026-02-01", createdAt: "2026-03-01 00:00:00")
            let large = try await app.rawCharge(orgs.a, lease: lease, amountMinor: 90_000, due: "2026-02-02", createdAt: "2025-03-01 00:00:00")
            // Ties are broken by the id in the database's UUID order.
            let tieOrder = try await app.pool.query("SELECT id FROM charges WHERE amount_minor = 1000 ORDER BY id")
                .map { (try $0.decode("id") as String).lowercased() }
            #expect(Set(tieOrder) == Set(tied))
            let ascending = [small] + tieOrder + [large]

            // Forward through AMOUNT ASC, two at a time.
            var seen: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let reply = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), first: 2, after: after),
                                                  as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                seen += reply.nodeIDs("charges")
                #expect(reply.pageInfo("charges", "hasPreviousPage") == .bool(after != nil))
                #expect(reply.totalCount("charges") == 7)
                pages += 1
                guard reply.pageInfo("charges", "hasNextPage") == .bool(true) else { break }
                after = reply.pageInfo("charges", "endCursor")?.stringValue
            } while pages < 10
            #expect(seen == ascending)
            #expect(pages == 4)

            // Backward from the end, three at a time, gives the same order.
            var back: [String] = []
            var before: String?
            pages = 0
            repeat {
                let reply = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), last: 3, before: before),
                                                  as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                back = reply.nodeIDs("charges") + back
                #expect(reply.pageInfo("charges", "hasNextPage") == .bool(before != nil))
                pages += 1
                guard reply.pageInfo("charges", "hasPreviousPage") == .bool(true) else { break }
                before = reply.pageInfo("charges", "startCursor")?.stringValue
            } while pages < 10
            #expect(back == ascending)

            // DESC reverses the whole order, ties included; CREATED_AT and DUE_DATE order too.
            let descending = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "DESC")), as: orgs.a, "MANAGER")
            #expect(descending.nodeIDs("charges") == ascending.reversed())
            let created = try await app.graphQL(Self.list, variables: Self.vars(order: ("CREATED_AT", "ASC"), first: 1), as: orgs.a, "MANAGER")
            #expect(created.nodeIDs("charges") == [large])
            let due = try await app.graphQL(Self.list, variables: Self.vars(order: ("DUE_DATE", "ASC")), as: orgs.a, "MANAGER")
            #expect(due.nodeIDs("charges") == tied + [small, large])

            // A cursor of the DUE_DATE order is refused in the AMOUNT order.
            let dueCursor = try #require(due.data?["charges"]?["pageInfo"]?["startCursor"]?.stringValue)
            let mixed = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), first: 2, after: dueCursor),
                                              as: orgs.a, "MANAGER")
            #expect(mixed.code == "BAD_USER_INPUT", "\(mixed.text)")
            #expect(mixed.badFields == ["after"])
            let garbage = try await app.graphQL(Self.list, variables: Self.vars(first: 2, after: "not-a-cursor"), as: orgs.a, "MANAGER")
            #expect(garbage.code == "BAD_USER_INPUT" && garbage.badFields == ["after"])
        }
    }

    @Test func badFilterInputNamesTheField() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let outOfOrder = try await app.graphQL(
                Self.list, variables: Self.vars(["dueFrom": .string("2026-03-01"), "dueTo": .string("2026-02-01")]), as: orgs.a, "MANAGER")
            #expect(outOfOrder.code == "BAD_USER_INPUT", "\(outOfOrder.text)")
            #expect(outOfOrder.badFields == ["filter.dueTo"])
            let badIDs = try await app.graphQL(
                Self.list, variables: Self.vars(["leaseId": .string("lease-1"), "buildingId": .string("42")]), as: orgs.a, "MANAGER")
            #expect(badIDs.code == "BAD_USER_INPUT")
            #expect(badIDs.badFields == ["filter.leaseId", "filter.buildingId"], "\(badIDs.text)")
            let badDate = try await app.graphQL(Self.list, variables: Self.vars(["dueFrom": .string("2026-02-30")]), as: orgs.a, "MANAGER")
            #expect(!badDate.errors.isEmpty)
            let tooMany = try await app.graphQL(Self.list, variables: Self.vars(first: 101), as: orgs.a, "MANAGER")
            #expect(tooMany.badFields == ["first"])
        }
    }

    @Test func tenantSeesOnlyTheirLeasesCharges() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let own = try await app.lease(orgs.a, tenantUser: true)
            let other = try await app.lease(orgs.a)
            let mine = try await app.rawCharge(orgs.a, lease: own, amountMinor: 100, due: "2026-01-01")
            _ = try await app.rawCharge(orgs.a, lease: other, amountMinor: 100, due: "2026-01-01")
            let reply = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.a, "TENANT")
            #expect(reply.nodeIDs("charges") == [mine], "\(reply.text)")
            #expect(reply.totalCount("charges") == 1)
            let filtered = try await app.graphQL(Self.list, variables: Self.vars(["leaseId": .string(other)]), as: orgs.a, "TENANT")
            #expect(filtered.nodeIDs("charges").isEmpty && filtered.totalCount("charges") == 0)
        }
    }

    @Test func leaseChargesIsAFilteredPagedChildConnection() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let one = try await app.lease(orgs.a)
            let two = try await app.lease(orgs.a)
            var ofOne: [String] = []
            for month in 1...4 {
                ofOne.append(try await app.rawCharge(orgs.a, lease: one, kind: month == 4 ? "RENT" : "UTILITY",
                                                     amountMinor: 100, due: "2026-0\(month)-01"))
            }
            let ofTwo = try await app.rawCharge(orgs.a, lease: two, amountMinor: 100, due: "2026-01-01", voided: true)
            let query = """
                query($l: ID!, $after: String) { lease(id: $l) {
                  all: charges(first: 2, after: $after, orderBy: {field: DUE_DATE, direction: ASC}) {
                    totalCount nodes { id } pageInfo { hasNextPage endCursor } }
                  utility: charges(filter: {kind: [UTILITY], dueTo: "2026-02-01"}) { totalCount nodes { id } }
                  voided: charges(filter: {status: VOIDED}) { totalCount } } }
                """
            let first = try await app.graphQL(query, variables: ["l": .string(one)], as: orgs.a, "MANAGER")
            let lease = try #require(first.data?["lease"], "\(first.text)")
            #expect((lease["all"]?["nodes"]?.listValue ?? []).compactMap { $0["id"]?.stringValue } == Array(ofOne.prefix(2)))
            #expect(lease["all"]?["totalCount"] == .int(4))
            #expect(lease["utility"]?["totalCount"] == .int(2))
            #expect(lease["voided"]?["totalCount"] == .int(0))
            let cursor = try #require(lease["all"]?["pageInfo"]?["endCursor"]?.stringValue)
            let next = try await app.graphQL(query, variables: ["l": .string(one), "after": .string(cursor)], as: orgs.a, "MANAGER")
            #expect((next.data?["lease"]?["all"]?["nodes"]?.listValue ?? []).compactMap { $0["id"]?.stringValue } == Array(ofOne.suffix(2)))
            #expect(next.data?["lease"]?["all"]?["pageInfo"]?["hasNextPage"] == .bool(false))
            let other = try await app.graphQL(query, variables: ["l": .string(two)], as: orgs.a, "MANAGER")
            #expect(other.data?["lease"]?["voided"]?["totalCount"] == .int(1), "\(other.text)")
            #expect((other.data?["lease"]?["all"]?["nodes"]?.listValue ?? []).compactMap { $0["id"]?.stringValue } == [ofTwo])
            let bad = try await app.graphQL(
                "query($l: ID!) { lease(id: $l) { charges(filter: {dueFrom: \"2026-02-01\", dueTo: \"2026-01-01\"}) { totalCount } } }",
                variables: ["l": .string(one)], as: orgs.a, "MANAGER")
            #expect(bad.code == "BAD_USER_INPUT" && bad.badFields == ["filter.dueTo"], "\(bad.text)")
        }
    }
}
