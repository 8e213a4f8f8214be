import Foundation
import GraphQLEngine
import Testing

/// The nested portfolio query must cost the same number of SQL statements for 5 buildings
/// as for 50: every nesting level is one batched query (DataLoaders), never one per row.
@Suite("No N+1 statements")
struct NoNPlusOneTests {
    /// Org A gets 5 buildings, org B 50; each building has two let units (one lease, one
    /// primary tenant each).
    static func load(_ app: IdentityHarness, orgID: String, buildings: Int) async throws {
        let data = ReportsData(pool: app.pool, orgID: orgID)
        for b in 0..<buildings {
            let building = try await data.building("Building \(b)")
            for label in ["1", "2"] {
                let unit = try await data.unit(building, label)
                let tenant = try await data.tenant("Tenant \(b)-\(label)")
                let lease = try await data.lease(unit, start: "2025-01-01", rent: 100_000, parties: [(tenant, "PRIMARY")])
                try await data.charge(lease, due: "2025-02-01", amount: 100_000)
            }
        }
    }

    /// Statements one request ran (the pool counts every statement its connections send).
    static func statements(_ app: IdentityHarness, _ query: String, as org: OrgFixture.Org) async throws -> (Int, GraphQLReply) {
        let before = app.pool.statementCounter.count
        let reply = try await app.graphQL(query, as: org, "MANAGER")
        return (app.pool.statementCounter.count - before, reply)
    }

    @Test("buildings → units → current lease → parties → tenant (and balance) costs the same for 5 and 50 buildings")
    func sameCountFor5And50Buildings() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            try await Self.load(app, orgID: orgs.a.id, buildings: 5)
            try await Self.load(app, orgID: orgs.b.id, buildings: 50)
            // `Lease.balance` comes from the billing area; include it once the schema has it.
            let probe = try await app.graphQL("{ __type(name: \"Lease\") { fields { name } } }", as: orgs.a, "MANAGER")
            let leaseFields = Set((probe.data?["__type"]?["fields"]?.reportList ?? []).compactMap { $0["name"]?.stringValue })
            let balance = leaseFields.contains("balance") ? " balance" : ""
            let query = """
                query { buildings(first: 50) { nodes { name units(first: 10) { totalCount nodes { label currentLease { id parties { role tenant { fullName } }\(balance) } } } } } }
                """
            // One warm-up request per org first: one-time work (e.g. a first look-up the
            // request path caches) is not what this test measures.
            _ = try await Self.statements(app, query, as: orgs.a)
            _ = try await Self.statements(app, query, as: orgs.b)
            let (small, smallReply) = try await Self.statements(app, query, as: orgs.a)
            let (large, largeReply) = try await Self.statements(app, query, as: orgs.b)
            #expect(smallReply.errors.isEmpty, "\(smallReply.text)")
            #expect(largeReply.errors.isEmpty, "\(largeReply.text)")
            let nodes = largeReply.data?["buildings"]?["nodes"]?.reportList ?? []
            #expect(nodes.count == 50)
            #expect(nodes.allSatisfy { $0["units"]?["totalCount"] == .int(2) })
            let names = nodes.flatMap { ($0["units"]?["nodes"]?.reportList ?? []) }
                .compactMap { $0["currentLease"]?["parties"]?.reportList.first?["tenant"]?["fullName"]?.stringValue }
            #expect(names.count == 100)
            #expect(small == large, "5 buildings: \(small) statements, 50 buildings: \(large) statements (balance included: \(!balance.isEmpty))")
            #expect(small > 0)
        }
    }
}
