import Foundation
import GraphQLEngine
import Testing

/// `Query.payments` and `Lease.payments`: filters, ordering, paging, bad input and scopes.
@Suite struct PaymentListTests {
    static let list = """
        query($f: PaymentFilter, $o: PaymentOrder, $first: Int, $after: String, $last: Int, $before: String) {
          payments(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
            totalCount nodes { id amount paidOn method kind reversed }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """

    static func vars(_ filter: ObjectValue? = nil, order: (String, String)? = nil, first: Int? = nil, after: String? = nil,
                     last: Int? = nil, before: String? = nil) -> [String: Value] {
        ChargeListTests.vars(filter, order: order, first: first, after: after, last: last, before: before)
    }

    @Test func filtersOrdersAndPages() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let one = try await app.lease(orgs.a)
            let two = try await app.lease(orgs.a)
            let cash = try await app.rawPayment(orgs.a, lease: one, kind: "RENT", method: "CASH", amountMinor: 50_000, paidOn: "2026-01-03")
            let bank = try await app.rawPayment(orgs.a, lease: one, kind: "UTILITY", method: "BANK", amountMinor: 2_000, paidOn: "2026-02-03",
                                                createdAt: "2025-12-01 00:00:00")
            let bounced = try await app.rawPayment(orgs.a, lease: two, kind: "RENT", method: "CHECK", amountMinor: 70_000, paidOn: "2026-03-03",
                                                   reversed: true)
            _ = try await app.rawPayment(orgs.b, lease: try await app.lease(orgs.b), amountMinor: 1, paidOn: "2026-01-01")

            let all = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.a, "MANAGER")
            #expect(all.nodeIDs("payments") == [bounced, bank, cash], "default PAID_ON DESC: \(all.text)")
            #expect(all.totalCount("payments") == 3)

            func ids(_ filter: ObjectValue) async throws -> [String] {
                let reply = try await app.graphQL(Self.list, variables: Self.vars(filter), as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                #expect(reply.totalCount("payments") == reply.nodeIDs("payments").count)
                return reply.nodeIDs("payments")
            }
            let place = try await app.place(of: two)
            #expect(try await ids(["leaseId": .string(one)]) == [bank, cash])
            #expect(try await ids(["unitId": .string(place.unit)]) == [bounced])
            #expect(try await ids(["buildingId": .string(place.building)]) == [bounced])
            #expect(try await ids(["kind": .list([.string("UTILITY")])]) == [bank])
            #expect(try await ids(["method": .list([.string("CASH"), .string("CHECK")])]) == [bounced, cash])
            #expect(try await ids(["reversed": .bool(true)]) == [bounced])
            #expect(try await ids(["reversed": .bool(false)]) == [bank, cash])
            #expect(try await ids(["paidFrom": .string("2026-01-03"), "paidTo": .string("2026-02-03")]) == [bank, cash])
            #expect(try await ids(["reversed": .bool(false), "method": .list([.string("CHECK")])]).isEmpty)

            let byAmount = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC")), as: orgs.a, "MANAGER")
            #expect(byAmount.nodeIDs("payments") == [bank, cash, bounced])
            let byCreated = try await app.graphQL(Self.list, variables: Self.vars(order: ("CREATED_AT", "ASC"), first: 1), as: orgs.a, "MANAGER")
            #expect(byCreated.nodeIDs("payments") == [bank])

            // Paging: forward by two, then backward from the end cursor.
            let first = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), first: 2), as: orgs.a, "MANAGER")
            #expect(first.nodeIDs("payments") == [bank, cash])
            #expect(first.pageInfo("payments", "hasNextPage") == .bool(true))
            let end = try #require(first.pageInfo("payments", "endCursor")?.stringValue)
            let rest = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), first: 2, after: end), as: orgs.a, "MANAGER")
            #expect(rest.nodeIDs("payments") == [bounced])
            #expect(rest.pageInfo("payments", "hasNextPage") == .bool(false))
            #expect(rest.pageInfo("payments", "hasPreviousPage") == .bool(true))
            let start = try #require(rest.pageInfo("payments", "startCursor")?.stringValue)
            let back = try await app.graphQL(Self.list, variables: Self.vars(order: ("AMOUNT", "ASC"), last: 1, before: start), as: orgs.a, "MANAGER")
            #expect(back.nodeIDs("payments") == [cash])
            #expect(back.pageInfo("payments", "hasPreviousPage") == .bool(true))
            // The AMOUNT cursor in the default PAID_ON order is refused.
            let mixed = try await app.graphQL(Self.list, variables: Self.vars(last: 1, before: start), as: orgs.a, "MANAGER")
            #expect(mixed.code == "BAD_USER_INPUT" && mixed.badFields == ["before"], "\(mixed.text)")
        }
    }

    @Test func badInputRolesAndTenantScope() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let own = try await app.lease(orgs.a, tenantUser: true)
            let other = try await app.lease(orgs.a)
            let mine = try await app.rawPayment(orgs.a, lease: own, amountMinor: 100, paidOn: "2026-01-01")
            _ = try await app.rawPayment(orgs.a, lease: other, amountMinor: 100, paidOn: "2026-01-01")

            let outOfOrder = try await app.graphQL(
                Self.list, variables: Self.vars(["paidFrom": .string("2026-03-01"), "paidTo": .string("2026-02-01"), "unitId": .string("x")]),
                as: orgs.a, "MANAGER")
            #expect(outOfOrder.code == "BAD_USER_INPUT", "\(outOfOrder.text)")
            #expect(Set(outOfOrder.badFields) == ["filter.paidTo", "filter.unitId"])

            let tenant = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.a, "TENANT")
            #expect(tenant.nodeIDs("payments") == [mine], "\(tenant.text)")
            #expect(tenant.totalCount("payments") == 1)
            let staff = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.a, "STAFF")
            #expect(staff.totalCount("payments") == 2, "\(staff.text)")
            let foreign = try await app.graphQL(Self.list, variables: Self.vars(), as: orgs.b, "MANAGER")
            #expect(foreign.totalCount("payments") == 0)

            let onLease = try await app.graphQL(
                """
                query($l: ID!) { lease(id: $l) { payments(first: 1, filter: {reversed: false, paidFrom: "2026-01-01"}) {
                  totalCount nodes { id } pageInfo { hasNextPage } } } }
                """,
                variables: ["l": .string(own)], as: orgs.a, "TENANT")
            #expect(onLease.data?["lease"]?["payments"]?["totalCount"] == .int(1), "\(onLease.text)")
            #expect((onLease.data?["lease"]?["payments"]?["nodes"]?.listValue ?? []).compactMap { $0["id"]?.stringValue } == [mine])
        }
    }
}
