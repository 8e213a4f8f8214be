import Foundation
import GraphQLEngine
import Testing

/// `Lease.charges` and `Lease.payments` under a page of leases cost the same number of SQL
/// statements for 5 leases as for 50: one windowed page statement per child list and one
/// grouped COUNT when `totalCount` is selected, whatever the number of leases.
@Suite("Lease charges and payments: no N+1")
struct LeaseListsNoNPlusOneTests {
    /// `leases` leases of `org`, each with 7 charges and 6 payments.
    static func load(_ app: IdentityHarness, _ org: OrgFixture.Org, leases: Int) async throws {
        for _ in 0..<leases {
            let lease = try await app.lease(org)
            for day in 1...7 { try await app.rawCharge(org, lease: lease, amountMinor: 1_000, due: "2026-01-0\(day)") }
            for day in 1...6 { try await app.rawPayment(org, lease: lease, amountMinor: 500, paidOn: "2026-01-0\(day)") }
        }
    }

    static func statements(_ app: IdentityHarness, _ query: String, as org: OrgFixture.Org) async throws -> (Int, GraphQLReply) {
        let before = app.pool.statementCounter.count
        let reply = try await app.graphQL(query, as: org, "MANAGER")
        return (app.pool.statementCounter.count - before, reply)
    }

    @Test("leases(first: 50) → charges(first: 5) and payments(first: 5) with totalCount: same statements for 5 and 50 leases")
    func sameCountFor5And50Leases() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            try await Self.load(app, orgs.a, leases: 5)
            try await Self.load(app, orgs.b, leases: 50)
            let query = """
                { leases(first: 50) { nodes { id
                    charges(first: 5) { totalCount nodes { id } pageInfo { hasNextPage } }
                    payments(first: 5, orderBy: {field: AMOUNT, direction: ASC}) { totalCount nodes { id } } } } }
                """
            let withoutCounts = """
                { leases(first: 50) { nodes { id charges(first: 5) { nodes { id } } } } }
                """
            // Warm-up per org (one-time look-ups of the request path are not what is measured).
            _ = try await Self.statements(app, query, as: orgs.a)
            _ = try await Self.statements(app, query, as: orgs.b)
            let (small, smallReply) = try await Self.statements(app, query, as: orgs.a)
            let (large, largeReply) = try await Self.statements(app, query, as: orgs.b)
            #expect(smallReply.errors.isEmpty, "\(smallReply.text)")
            #expect(largeReply.errors.isEmpty, "\(largeReply.text)")
            let leases = largeReply.data?["leases"]?["nodes"]?.listValue ?? []
            #expect(leases.count == 50)
            for lease in leases {
                #expect(lease["charges"]?["totalCount"] == .int(7))
                #expect(lease["charges"]?["nodes"]?.listValue?.count == 5)
                #expect(lease["charges"]?["pageInfo"]?["hasNextPage"] == .bool(true))
                #expect(lease["payments"]?["totalCount"] == .int(6))
                #expect(lease["payments"]?["nodes"]?.listValue?.count == 5)
            }
            #expect(small == large, "5 leases: \(small) statements, 50 leases: \(large) statements")

            // Without totalCount the COUNT statements are not run.
            _ = try await Self.statements(app, withoutCounts, as: orgs.b)
            let (lean, leanReply) = try await Self.statements(app, withoutCounts, as: orgs.b)
            #expect(leanReply.errors.isEmpty, "\(leanReply.text)")
            #expect(lean == large - 3, "charges and payments pages and counts: \(large); charges page only: \(lean)")
            print("Lease lists statements: 5 leases \(small), 50 leases \(large), charges page without counts \(lean)")
        }
    }
}
