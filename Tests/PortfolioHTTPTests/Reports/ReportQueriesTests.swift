import Foundation
import GraphQLEngine
import Testing

/// The four report queries against hand-computed figures of `ReportsScenario`, with org B's
/// data present in the same database and never counted.
@Suite("Report queries")
struct ReportQueriesTests {
    static let amounts = "days0To30 days31To60 days61To90 over90 total"

    @Test("delinquency: aging buckets on boundary days, voided, not-yet-due, paid and reversed payments; totals = rows")
    func delinquency() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let s = try await ReportsScenario.make(app, orgs)
            let reply = try await app.graphQL("""
                query { delinquencyReport(asOf: "2026-06-30") { asOf totals { \(Self.amounts) }
                  rows { leaseId unitId unitLabel buildingId buildingName tenantName chargeCount oldestDueDate amounts { \(Self.amounts) } } } }
                """, as: orgs.a, "MANAGER")
            #expect(reply.errors.isEmpty, "\(reply.text)")
            let report = try #require(reply.data?["delinquencyReport"])
            #expect(report["asOf"]?.stringValue == "2026-06-30")
            let rows = report["rows"]?.reportList ?? []
            try #require(rows.count == 2)
            // Largest total first: L2 owes 1,500.00.
            #expect(rows[0]["leaseId"]?.stringValue == s.l2)
            #expect(rows[0]["tenantName"]?.stringValue == "Bob Beta")
            #expect(rows[0]["buildingName"]?.stringValue == "Beta")
            #expect(Self.figures(rows[0]["amounts"]) == ["1500.00", "0.00", "0.00", "0.00", "1500.00"])
            let l1 = rows[1]
            #expect(l1["leaseId"]?.stringValue == s.l1)
            #expect(l1["unitId"]?.stringValue == s.unit101)
            #expect(l1["unitLabel"]?.stringValue == "101")
            #expect(l1["buildingId"]?.stringValue == s.alpha)
            #expect(l1["tenantName"]?.stringValue == "Zoe Primary")   // the primary party, not the first by name
            #expect(l1["chargeCount"] == .int(10))
            #expect(l1["oldestDueDate"]?.stringValue == "2026-03-31")
            // 0–30: day 0 + day 30 + 60.00 left of 100.00 + 50.00 (reversed payment) + 30.00 (paid after asOf)
            // 31–60: days 31 and 60; 61–90: days 61 and 90; over 90: day 91.
            #expect(Self.figures(l1["amounts"]) == ["340.00", "200.00", "200.00", "100.00", "840.00"])
            #expect(Self.figures(report["totals"]) == ["1840.00", "200.00", "200.00", "100.00", "2340.00"])
        }
    }

    @Test("delinquency on an earlier date leaves out charges not yet due then")
    func delinquencyEarlier() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            _ = try await ReportsScenario.make(app, orgs)
            let reply = try await app.graphQL("""
                query { delinquencyReport(asOf: "2026-03-31") { rows { chargeCount } totals { \(Self.amounts) } } }
                """, as: orgs.a, "ADMIN")
            let report = try #require(reply.data?["delinquencyReport"])
            #expect(report["rows"]?.reportList.map { $0["chargeCount"] } == [.int(1)])
            #expect(Self.figures(report["totals"]) == ["100.00", "0.00", "0.00", "0.00", "100.00"])
        }
    }

    @Test("cashflow: income without reversed or other-month payments, expenses, deposit refunds, per building and category")
    func cashflow() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let s = try await ReportsScenario.make(app, orgs)
            let reply = try await app.graphQL("""
                query { cashflowReport(month: "2026-06") { month totals { income expenses depositRefunds net }
                  buildings { buildingId buildingName totals { income expenses depositRefunds net } }
                  categories { direction category amount } } }
                """, as: orgs.a, "MANAGER")
            #expect(reply.errors.isEmpty, "\(reply.text)")
            let report = try #require(reply.data?["cashflowReport"])
            #expect(report["month"]?.stringValue == "2026-06")
            #expect(Self.totals(report["totals"]) == ["135.00", "40.00", "20.00", "75.00"])
            let buildings = report["buildings"]?.reportList ?? []
            let byID = Dictionary(uniqueKeysWithValues: buildings.map { ($0["buildingId"]?.stringValue ?? "", $0) })
            #expect(byID.count == 2)
            #expect(byID[s.alpha]?["buildingName"]?.stringValue == "Alpha")
            #expect(Self.totals(byID[s.alpha]?["totals"]) == ["110.00", "30.00", "0.00", "80.00"])
            #expect(Self.totals(byID[s.beta]?["totals"]) == ["25.00", "10.00", "20.00", "-5.00"])
            let categories = (report["categories"]?.reportList ?? []).map {
                [$0["direction"]?.stringValue ?? "", $0["category"]?.stringValue ?? "", $0["amount"]?.stringValue ?? ""]
            }
            #expect(categories == [
                ["IN", "RENT", "110.00"], ["IN", "UTILITY", "25.00"],
                ["OUT", "DEPOSIT_REFUND", "20.00"], ["OUT", "repairs", "40.00"],
            ])
        }
    }

    @Test("cashflow of a month without movements is all zero")
    func cashflowEmpty() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            _ = try await ReportsScenario.make(app, orgs)
            let reply = try await app.graphQL("""
                query { cashflowReport(month: "2025-02") { totals { income expenses depositRefunds net } buildings { buildingId } categories { category } } }
                """, as: orgs.a, "MANAGER")
            let report = try #require(reply.data?["cashflowReport"])
            #expect(Self.totals(report["totals"]) == ["0.00", "0.00", "0.00", "0.00"])
            #expect(report["buildings"]?.reportList.isEmpty == true)
            #expect(report["categories"]?.reportList.isEmpty == true)
        }
    }

    @Test("payments feed: newest first, paged forward to the end, filters by type, direction, status, lease, unit and dates")
    func paymentsFeed() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let s = try await ReportsScenario.make(app, orgs)
            var dates: [String] = []
            var after: Value = .null
            var pages = 0
            repeat {
                let reply = try await app.graphQL("""
                    query($after: String) { paymentsFeed(first: 3, after: $after) { totalCount
                      nodes { id type direction status date amount method reference leaseId unitId buildingId }
                      pageInfo { hasNextPage endCursor } } }
                    """, variables: ["after": after], as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                let feed = try #require(reply.data?["paymentsFeed"])
                #expect(feed["totalCount"] == .int(8))
                dates += (feed["nodes"]?.reportList ?? []).compactMap { $0["date"]?.stringValue }
                after = feed["pageInfo"]?["hasNextPage"] == .bool(true) ? (feed["pageInfo"]?["endCursor"] ?? .null) : .null
                pages += 1
            } while after != .null && pages < 10
            #expect(pages == 3)
            #expect(dates == ["2026-07-05", "2026-06-30", "2026-06-20", "2026-06-16", "2026-06-11", "2026-06-02", "2026-06-01", "2026-05-31"])

            func feed(_ filter: String) async throws -> [Value] {
                let reply = try await app.graphQL("""
                    query { paymentsFeed(first: 50, filter: \(filter)) { totalCount nodes { type direction status amount leaseId unitId reference } } }
                    """, as: orgs.a, "OWNER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
                let nodes = reply.data?["paymentsFeed"]?["nodes"]?.reportList ?? []
                #expect(reply.data?["paymentsFeed"]?["totalCount"] == .int(nodes.count))
                return nodes
            }
            #expect(try await feed("{ direction: OUT }").count == 4)
            let reversed = try await feed("{ status: REVERSED }")
            #expect(reversed.map { $0["type"]?.stringValue } == ["RENT_RECEIVED"])
            #expect(reversed.first?["amount"]?.stringValue == "50.00")
            let refunds = try await feed("{ types: [DEPOSIT_REFUND] }")
            #expect(refunds.map { $0["leaseId"]?.stringValue } == [s.l2])
            #expect(refunds.first?["direction"]?.stringValue == "OUT")
            #expect(try await feed("{ leaseId: \"\(s.l2)\" }").map { $0["type"]?.stringValue } == ["UTILITY_RECEIVED", "DEPOSIT_REFUND"])
            #expect(try await feed("{ unitId: \"\(s.unit101)\", types: [RENT_RECEIVED] }").count == 3)
            #expect(try await feed("{ from: \"2026-06-01\", to: \"2026-06-30\" }").count == 6)
            let expenses = try await feed("{ types: [MAINTENANCE_EXPENSE], from: \"2026-06-02\" }")
            #expect(expenses.map { $0["reference"]?.stringValue } == ["Plumb & Co"])
            #expect(expenses.first?["leaseId"] == .null)
            #expect(try await feed("{ leaseId: \"not-an-id\" }").isEmpty)
            #expect(try await feed("{ leaseId: \"\(s.orgBLease)\" }").isEmpty)
        }
    }

    @Test("payments feed: an impossible date in the filter is refused before anything runs")
    func paymentsFeedBadDate() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            // The Date scalar rejects it during variable coercion (a request error, no data).
            let reply = try await app.graphQL("query($from: Date) { paymentsFeed(filter: { from: $from }) { totalCount } }",
                                              variables: ["from": .string("2026-02-30")], as: orgs.a, "MANAGER")
            #expect(reply.status == .unprocessableContent)
            #expect(reply.data == nil)
            #expect(reply.errors.first?["message"]?.stringValue?.contains("Date") == true)
        }
    }

    @Test("rent roll: occupied and vacant units, current lease and primary tenant, rent, balance, totals")
    func rentRoll() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let s = try await ReportsScenario.make(app, orgs)
            let reply = try await app.graphQL("""
                query { rentRoll(asOf: "2026-06-30") { asOf unitCount occupiedCount scheduledRent totalBalance
                  rows { unitId unitLabel buildingId buildingName status leaseId tenantName leaseStart leaseEnd rent balance } } }
                """, as: orgs.a, "MANAGER")
            #expect(reply.errors.isEmpty, "\(reply.text)")
            let roll = try #require(reply.data?["rentRoll"])
            #expect(roll["unitCount"] == .int(3))
            #expect(roll["occupiedCount"] == .int(2))
            #expect(roll["scheduledRent"]?.stringValue == "2100.00")
            #expect(roll["totalBalance"]?.stringValue == "2340.00")
            let rows = roll["rows"]?.reportList ?? []
            try #require(rows.count == 3)
            #expect(rows.map { $0["unitId"]?.stringValue } == [s.unit101, s.unit102, s.unit7])
            #expect(rows[0]["status"]?.stringValue == "OCCUPIED")
            #expect(rows[0]["leaseId"]?.stringValue == s.l1)
            #expect(rows[0]["tenantName"]?.stringValue == "Zoe Primary")
            #expect(rows[0]["leaseStart"]?.stringValue == "2026-01-01")
            #expect(rows[0]["leaseEnd"] == .null)
            #expect(rows[0]["rent"]?.stringValue == "1200.00")
            #expect(rows[0]["balance"]?.stringValue == "840.00")
            // 102's lease ended the day before the month: vacant, asking rent shown.
            #expect(rows[1]["status"]?.stringValue == "VACANT")
            #expect(rows[1]["leaseId"] == .null)
            #expect(rows[1]["rent"]?.stringValue == "500.00")
            #expect(rows[1]["balance"]?.stringValue == "0.00")
            #expect(rows[2]["buildingName"]?.stringValue == "Beta")
            #expect(rows[2]["leaseEnd"]?.stringValue == "2026-12-31")
            #expect(rows[2]["balance"]?.stringValue == "1500.00")
        }
    }

    @Test("STAFF and TENANT may not read reports; org B's owner sees only org B's figures")
    func accessAndIsolation() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            _ = try await ReportsScenario.make(app, orgs)
            let queries = [
                "query { delinquencyReport(asOf: \"2026-06-30\") { totals { total } } }",
                "query { cashflowReport(month: \"2026-06\") { totals { net } } }",
                "query { paymentsFeed { totalCount } }",
                "query { rentRoll(asOf: \"2026-06-30\") { unitCount } }",
            ]
            for query in queries {
                for role in ["STAFF", "TENANT"] {
                    let reply = try await app.graphQL(query, as: orgs.a, role)
                    #expect(reply.code == "FORBIDDEN", "\(role): \(reply.text)")
                }
                let anonymous = try await app.graphQL(query)
                #expect(anonymous.code == "UNAUTHENTICATED")
            }
            let b = try await app.graphQL("""
                query { delinquencyReport(asOf: "2026-06-30") { totals { total } rows { tenantName } }
                  cashflowReport(month: "2026-06") { totals { income expenses net } }
                  paymentsFeed { totalCount }
                  rentRoll(asOf: "2026-06-30") { unitCount rows { tenantName } } }
                """, as: orgs.b, "OWNER")
            #expect(b.errors.isEmpty, "\(b.text)")
            #expect(b.data?["delinquencyReport"]?["totals"]?["total"]?.stringValue == "999.99")
            #expect(b.data?["delinquencyReport"]?["rows"]?.reportList.map { $0["tenantName"]?.stringValue } == ["Carl B"])
            #expect(Self.totals(b.data?["cashflowReport"]?["totals"]).prefix(2) == ["11.11", "22.22"])
            #expect(b.data?["paymentsFeed"]?["totalCount"] == .int(2))
            #expect(b.data?["rentRoll"]?["unitCount"] == .int(1))
        }
    }

    static func figures(_ value: Value?) -> [String] {
        ["days0To30", "days31To60", "days61To90", "over90", "total"].map { value?[$0]?.stringValue ?? "?" }
    }

    static func totals(_ value: Value?) -> [String] {
        ["income", "expenses", "depositRefunds", "net"].compactMap { value?[$0]?.stringValue }
    }
}

extension Value {
    /// The elements of a list value (empty otherwise).
    var reportList: [Value] {
        if case .list(let items) = self { return items }
        return []
    }
}
