import Foundation
import HTTPTypes
import HummingbirdTesting
import MariaDB
import Testing

/// `GET /exports/year-end.csv`: RFC 4180 output, keyset chunks stitched without gaps or
/// repeats, the same authentication and permission as `/graphql`, and org isolation.
@Suite("Year-end CSV export")
struct YearEndExportTests {
    static func get(_ app: IdentityHarness, year: String = "2026", token: String?, orgID: String?) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let orgID { headers[HTTPField.Name("X-Org-Id")!] = orgID }
        let response = try await app.client.execute(uri: "/exports/year-end.csv?year=\(year)", method: .get, headers: headers, body: nil)
        return (response.status, response.headers, String(buffer: response.body))
    }

    /// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes, CRLF).
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                fields.append(field); records.append(fields); fields = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return records
    }

    @Test("the year's charges, payments and expenses as RFC 4180 CSV with CRLF lines and quoted fields")
    func exportsTheYear() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let s = try await ReportsScenario.make(app, orgs)
            let (status, headers, text) = try await Self.get(app, token: orgs.a.token("MANAGER"), orgID: orgs.a.id)
            #expect(status == .ok)
            #expect(headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(text.hasSuffix("\r\n"))
            // Every line break outside quotes is CRLF: no bare LF anywhere but inside the quoted description.
            let records = Self.parse(text)
            #expect(records.first == ["record_type", "id", "date", "lease_id", "unit_id", "building_id", "category",
                                      "description", "amount", "currency", "method", "reference", "status"])
            let rows = Array(records.dropFirst())
            #expect(rows.allSatisfy { $0.count == 13 })
            #expect(rows.filter { $0[0] == "CHARGE" }.count == 14)
            #expect(rows.filter { $0[0] == "PAYMENT" }.count == 4)
            #expect(rows.filter { $0[0] == "EXPENSE" }.count == 3)
            let water = try #require(rows.first { $0[7] == "Water, \"cold\"" })
            #expect(water[8] == "100.00" && water[9] == "USD" && water[6] == "UTILITY" && water[3] == s.l1 && water[4] == s.unit101)
            #expect(text.contains("\"Water, \"\"cold\"\"\""))
            let sink = try #require(rows.first { $0[0] == "EXPENSE" && $0[7].hasPrefix("Fix") })
            #expect(sink[7] == "Fix \"sink\",\r\nkitchen")
            #expect(sink[11] == "Plumb & Co")
            #expect(rows.contains { $0[0] == "CHARGE" && $0[12] == "VOIDED" })
            #expect(rows.contains { $0[0] == "PAYMENT" && $0[12] == "REVERSED" && $0[8] == "50.00" })
            // Within each section: date order.
            let chargeDates = rows.filter { $0[0] == "CHARGE" }.map { $0[2] }
            #expect(chargeDates == chargeDates.sorted())
            // Nothing of org B.
            #expect(!text.contains(s.orgBLease))
            #expect(!rows.contains { $0[8] == "999.99" || $0[8] == "22.22" })
        }
    }

    @Test("a large export crosses many 1,000-row chunks without losing or repeating a row")
    func largeExportIsComplete() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let data = ReportsData(pool: app.pool, orgID: orgs.a.id)
            let building = try await data.building("Big")
            let unit = try await data.unit(building, "1")
            let tenant = try await data.tenant("Many Charges")
            let lease = try await data.lease(unit, start: "2026-01-01", rent: 1_000, parties: [(tenant, "PRIMARY")])
            // 2,600 charges, many on the same day so the id tie-breaker decides chunk borders.
            var ids: [String] = []
            try await app.pool.withConnection { connection in
                for batch in 0..<13 {
                    var values: [String] = []
                    var binds: [any MariaDBBindable] = []
                    for index in 0..<200 {
                        let id = UUID().uuidString.lowercased()
                        ids.append(id)
                        values.append("(?, ?, ?, 'OTHER', ?, 100, ?, NOW(6))")
                        let day = 1 + (batch * 200 + index) % 28
                        binds += [id, orgs.a.id, lease, "Line \(batch)-\(index)", "2026-03-\(day < 10 ? "0" : "")\(day)"]
                    }
                    try await connection.execute(
                        "INSERT INTO charges (id, org_id, lease_id, kind, description, amount_minor, due_date, created_at) VALUES "
                            + values.joined(separator: ", "), binds)
                }
            }
            let (status, _, text) = try await Self.get(app, token: orgs.a.token("OWNER"), orgID: orgs.a.id)
            #expect(status == .ok)
            let rows = Self.parse(text).dropFirst()
            #expect(rows.count == 2_600)
            #expect(Set(rows.map { $0[1] }) == Set(ids))
            #expect(text.components(separatedBy: "\r\n").count == 2_602)   // header + rows + the empty tail
        }
    }

    @Test("no token is 401, STAFF and TENANT are 403, a bad year is 400, another year is just the header")
    func access() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            _ = try await ReportsScenario.make(app, orgs)
            #expect(try await Self.get(app, token: nil, orgID: orgs.a.id).0 == .unauthorized)
            #expect(try await Self.get(app, token: "not-a-token", orgID: orgs.a.id).0 == .unauthorized)
            for role in ["STAFF", "TENANT"] {
                let (status, _, body) = try await Self.get(app, token: orgs.a.token(role), orgID: orgs.a.id)
                #expect(status == .forbidden)
                #expect(body.contains("FORBIDDEN"))
            }
            // Org A's manager naming org B in X-Org-Id is refused like on /graphql.
            #expect(try await Self.get(app, token: orgs.a.token("MANAGER"), orgID: orgs.b.id).0 == .unauthorized)
            #expect(try await Self.get(app, year: "twenty", token: orgs.a.token("MANAGER"), orgID: orgs.a.id).0 == .badRequest)
            let (status, _, text) = try await Self.get(app, year: "2024", token: orgs.a.token("MANAGER"), orgID: orgs.a.id)
            #expect(status == .ok)
            #expect(Self.parse(text).count == 1)
        }
    }
}
