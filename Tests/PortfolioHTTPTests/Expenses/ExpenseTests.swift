import Foundation
import GraphQLEngine
import Testing

/// Expenses through /graphql: create/update/delete with validation, the list's filters,
/// ordering and paging, roles, and organization isolation.
@Suite struct ExpenseTests {
    static let fields = "id buildingId unitId category vendor amount spentOn description attachments { id }"
    static let create = "mutation($input: CreateExpenseInput!) { createExpense(input: $input) { \(fields) } }"
    static let update = "mutation($id: ID!, $input: UpdateExpenseInput!) { updateExpense(id: $id, input: $input) { \(fields) } }"

    static func input(_ building: String, unit: String? = nil, amount: String = "125.50", category: String = "MAINTENANCE",
                      spentOn: String = "2026-03-04") -> Value {
        var object: ObjectValue = [
            "buildingId": .string(building), "category": .string(category), "amount": .string(amount),
            "spentOn": .string(spentOn), "vendor": .string("Acme Plumbing"), "description": .string("Leaking pipe"),
        ]
        if let unit { object["unitId"] = .string(unit) }
        return .object(object)
    }

    @Test func createReadUpdateDelete() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let building = try await docs.building(orgs.a)
            let unit = try await docs.unit(orgs.a, building: building)
            let created = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building, unit: unit)], as: orgs.a, "MANAGER")
            let expense = try #require(created.data?["createExpense"], "\(created.text)")
            #expect(expense["amount"] == .string("125.50"))
            #expect(expense["unitId"]?.stringValue == unit)
            #expect(expense["vendor"] == .string("Acme Plumbing"))
            #expect(expense["attachments"] == .list([]))
            let id = try #require(expense["id"]?.stringValue)

            let read = try await docs.app.graphQL("query($id: ID!) { expense(id: $id) { category spentOn } }", variables: ["id": .string(id)], as: orgs.a, "STAFF")
            #expect(read.data?["expense"]?["spentOn"] == .string("2026-03-04"))

            let changed = try await docs.app.graphQL(
                Self.update, variables: ["id": .string(id), "input": .object(["amount": .string("99"), "vendor": .null, "unitId": .null])],
                as: orgs.a, "MANAGER")
            let after = try #require(changed.data?["updateExpense"], "\(changed.text)")
            #expect(after["amount"] == .string("99.00"))
            #expect(after["vendor"] == .null)
            #expect(after["unitId"] == .null)
            #expect(after["category"] == .string("MAINTENANCE"))

            let deleted = try await docs.app.graphQL("mutation($id: ID!) { deleteExpense(id: $id) }", variables: ["id": .string(id)], as: orgs.a, "MANAGER")
            #expect(deleted.data?["deleteExpense"]?.stringValue == id)
            #expect(try await docs.app.count("SELECT COUNT(*) FROM expenses") == 0)
        }
    }

    @Test func badInputNamesTheFieldAndChangesNothing() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let building = try await docs.building(orgs.a)
            let otherBuilding = try await docs.building(orgs.a)
            let foreignUnit = try await docs.unit(orgs.a, building: otherBuilding)

            let zero = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building, amount: "0")], as: orgs.a, "MANAGER")
            #expect(zero.code == "BAD_USER_INPUT")
            #expect(zero.badFields == ["amount"])
            let blank = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building, category: "  ")], as: orgs.a, "MANAGER")
            #expect(blank.badFields == ["category"])
            let tooLong = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building, category: String(repeating: "x", count: 61))], as: orgs.a, "MANAGER")
            #expect(tooLong.badFields == ["category"])
            let mismatch = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building, unit: foreignUnit)], as: orgs.a, "MANAGER")
            #expect(mismatch.code == "BAD_USER_INPUT")
            #expect(mismatch.badFields == ["unitId"])
            #expect(try await docs.app.count("SELECT COUNT(*) FROM expenses") == 0)

            let created = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(building)], as: orgs.a, "MANAGER")
            let id = try #require(created.data?["createExpense"]?["id"]?.stringValue, "\(created.text)")
            let negative = try await docs.app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["amount": .string("-5")])], as: orgs.a, "MANAGER")
            #expect(negative.badFields == ["amount"])
            let clearDate = try await docs.app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["spentOn": .null])], as: orgs.a, "MANAGER")
            #expect(clearDate.badFields == ["spentOn"])
            #expect(try await docs.app.count("SELECT COUNT(*) FROM expenses WHERE amount_minor = 12550 AND spent_on = '2026-03-04'") == 1)
        }
    }

    @Test func rolesAndOrganizationIsolation() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let buildingA = try await docs.building(orgs.a)
            let buildingB = try await docs.building(orgs.b)
            let unitB = try await docs.unit(orgs.b, building: buildingB)

            let staff = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(buildingA)], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let tenantRead = try await docs.app.graphQL("{ expenses { totalCount } }", as: orgs.a, "TENANT")
            #expect(tenantRead.code == "FORBIDDEN")

            // Org B's building or unit with org A's token: NOT_FOUND, nothing written.
            let foreignBuilding = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(buildingB)], as: orgs.a, "MANAGER")
            #expect(foreignBuilding.code == "NOT_FOUND")
            let foreignUnit = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(buildingA, unit: unitB)], as: orgs.a, "MANAGER")
            #expect(foreignUnit.code == "NOT_FOUND")
            let malformed = try await docs.app.graphQL(Self.create, variables: ["input": Self.input("not-a-uuid")], as: orgs.a, "MANAGER")
            #expect(malformed.code == "NOT_FOUND")
            #expect(try await docs.app.count("SELECT COUNT(*) FROM expenses") == 0)

            let createdB = try await docs.app.graphQL(Self.create, variables: ["input": Self.input(buildingB)], as: orgs.b, "MANAGER")
            let idB = try #require(createdB.data?["createExpense"]?["id"]?.stringValue, "\(createdB.text)")
            let read = try await docs.app.graphQL("query($id: ID!) { expense(id: $id) { id } }", variables: ["id": .string(idB)], as: orgs.a, "MANAGER")
            #expect(read.code == "NOT_FOUND")
            let change = try await docs.app.graphQL(Self.update, variables: ["id": .string(idB), "input": .object(["amount": .string("1")])], as: orgs.a, "MANAGER")
            #expect(change.code == "NOT_FOUND")
            let delete = try await docs.app.graphQL("mutation($id: ID!) { deleteExpense(id: $id) }", variables: ["id": .string(idB)], as: orgs.a, "MANAGER")
            #expect(delete.code == "NOT_FOUND")
            let list = try await docs.app.graphQL("{ expenses { totalCount } }", as: orgs.a, "MANAGER")
            #expect(list.data?["expenses"]?["totalCount"] == .int(0))
            #expect(try await docs.app.count("SELECT COUNT(*) FROM expenses WHERE amount_minor = 12550") == 1)
        }
    }

    @Test func listFiltersOrdersAndPages() async throws {
        try await DocumentsHarness.run { docs in
            let orgs = try await OrgFixture.make(docs.app)
            let north = try await docs.building(orgs.a)
            let south = try await docs.building(orgs.a)
            let unit = try await docs.unit(orgs.a, building: north)
            let rows: [(String, String?, String, String, String)] = [
                (north, nil, "10.00", "UTILITIES", "2026-01-10"),
                (north, unit, "30.00", "MAINTENANCE", "2026-02-10"),
                (north, nil, "20.00", "MAINTENANCE", "2026-03-10"),
                (south, nil, "40.00", "TAXES", "2026-04-10"),
            ]
            for (building, unitID, amount, category, day) in rows {
                let reply = try await docs.app.graphQL(
                    Self.create, variables: ["input": Self.input(building, unit: unitID, amount: amount, category: category, spentOn: day)],
                    as: orgs.a, "MANAGER")
                #expect(reply.errors.isEmpty, "\(reply.text)")
            }
            let query = """
                query($first: Int, $after: String, $filter: ExpenseFilter, $orderBy: ExpenseOrder) {
                  expenses(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                    totalCount nodes { amount spentOn } pageInfo { hasNextPage endCursor }
                  }
                }
                """
            func amounts(_ variables: [String: Value]) async throws -> [String] {
                let reply = try await docs.app.graphQL(query, variables: variables, as: orgs.a, "STAFF")
                return (reply.data?["expenses"]?["nodes"]?.listValue ?? []).compactMap { $0["amount"]?.stringValue }
            }
            // Default order: newest spending first.
            #expect(try await amounts([:]) == ["40.00", "20.00", "30.00", "10.00"])
            #expect(try await amounts(["orderBy": .object(["field": .string("AMOUNT"), "direction": .string("ASC")])]) == ["10.00", "20.00", "30.00", "40.00"])
            #expect(try await amounts(["filter": .object(["buildingId": .string(north)])]).count == 3)
            #expect(try await amounts(["filter": .object(["unitId": .string(unit)])]) == ["30.00"])
            #expect(try await amounts(["filter": .object(["category": .string("maintenance")])]) == ["20.00", "30.00"])
            #expect(try await amounts(["filter": .object(["spentFrom": .string("2026-02-01"), "spentTo": .string("2026-03-31")])]) == ["20.00", "30.00"])
            #expect(try await amounts(["filter": .object(["buildingId": .string("nope")])]).isEmpty)
            let backwards = try await docs.app.graphQL(
                query, variables: ["filter": .object(["spentFrom": .string("2026-05-01"), "spentTo": .string("2026-01-01")])], as: orgs.a, "STAFF")
            #expect(backwards.badFields == ["filter.spentTo"])

            let first = try await docs.app.graphQL(query, variables: ["first": .int(3)], as: orgs.a, "STAFF")
            #expect(first.data?["expenses"]?["totalCount"] == .int(4))
            #expect(first.data?["expenses"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            let cursor = try #require(first.data?["expenses"]?["pageInfo"]?["endCursor"])
            #expect(try await amounts(["first": .int(3), "after": cursor]) == ["10.00"])
        }
    }
}
