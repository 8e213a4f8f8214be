import Foundation
import GraphQLEngine
import Testing

/// Units through /graphql: fields, derived occupancy, bad input, delete refused while a
/// lease references the unit, roles, tenant scope, organization isolation, filters/paging.
@Suite struct UnitTests {
    static let fields = "id label area capacity baseRent deposit status manualStatus isOccupied amenities utilities description building { code } floor { name } unitType { name }"
    static let create = "mutation($input: UnitInput!) { createUnit(input: $input) { \(fields) } }"
    static let update = "mutation($id: ID!, $input: UnitInput!) { updateUnit(id: $id, input: $input) { \(fields) } }"

    @Test func createsUpdatesAndValidates() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.createBuilding(orgs.a, code: "U1")
            let other = try await app.createBuilding(orgs.a, code: "U2")
            let floor = try #require(try await app.graphQL(
                "mutation($b: ID!) { createFloor(input: { buildingId: $b, name: \"First\", level: 1 }) { id } }",
                variables: ["b": .string(building)], as: orgs.a).data?["createFloor"]?["id"]?.stringValue)
            let type = try #require(try await app.graphQL(
                "mutation { createUnitType(input: { name: \"Studio\" }) { id } }", as: orgs.a).data?["createUnitType"]?["id"]?.stringValue)
            let reply = try await app.graphQL(Self.create, variables: ["input": .object([
                "buildingId": .string(building), "floorId": .string(floor), "unitTypeId": .string(type), "label": .string(" 101 "),
                "area": .string("42.50"), "capacity": .int(2), "baseRent": .string("750.00"), "deposit": .string("1500"),
                "status": .string("RESERVED"), "amenities": .list([.string("balcony"), .string("lift")]),
                "utilities": .list([.string("water")]), "description": .string("Bright"),
            ])], as: orgs.a, "MANAGER")
            let unit = try #require(reply.data?["createUnit"], "\(reply.text)")
            #expect(unit["label"] == .string("101"))
            #expect(unit["area"] == .string("42.50"))
            #expect(unit["capacity"] == .int(2))
            #expect(unit["baseRent"] == .string("750.00"))
            #expect(unit["status"] == .string("RESERVED"))
            #expect(unit["isOccupied"] == .bool(false))
            #expect(unit["amenities"] == .list([.string("balcony"), .string("lift")]))
            #expect(unit["building"]?["code"] == .string("U1"))
            #expect(unit["floor"]?["name"] == .string("First"))
            #expect(unit["unitType"]?["name"] == .string("Studio"))
            let id = try #require(unit["id"]?.stringValue)

            // Bad input: each field named, nothing written.
            let before = try await app.count("SELECT COUNT(*) FROM units")
            let bad = try await app.graphQL(Self.create, variables: ["input": .object([
                "buildingId": .string(building), "label": .string(""), "area": .string("1.234"), "capacity": .int(0),
                "baseRent": .string("-1.00"), "status": .string("OCCUPIED"), "amenities": .list([.string(" ")]),
            ])], as: orgs.a)
            #expect(bad.code == "BAD_USER_INPUT")
            #expect(Set(bad.badFields) == ["label", "area", "capacity", "baseRent", "status", "amenities.0"])
            #expect(bad.fieldCode("status") == "DERIVED_VALUE")
            let dup = try await app.graphQL(Self.create, variables: ["input": .object(["buildingId": .string(building), "label": .string("101")])], as: orgs.a)
            #expect(dup.fieldCode("label") == "ALREADY_EXISTS")
            let wrongFloor = try await app.graphQL(Self.create, variables: ["input": .object([
                "buildingId": .string(other), "floorId": .string(floor), "label": .string("9")])], as: orgs.a)
            #expect(wrongFloor.fieldCode("floorId") == "MISMATCH")
            #expect(try await app.count("SELECT COUNT(*) FROM units") == before)
            // The same label in another building is fine.
            _ = try await app.createUnit(orgs.a, building: other, label: "101")

            // Update: clear area, change rent; omitted fields stay.
            let updated = try await app.graphQL(Self.update, variables: [
                "id": .string(id), "input": .object(["area": .null, "baseRent": .string("800"), "status": .string("MAINTENANCE")]),
            ], as: orgs.a)
            let changed = try #require(updated.data?["updateUnit"], "\(updated.text)")
            #expect(changed["area"] == .null)
            #expect(changed["baseRent"] == .string("800.00"))
            #expect(changed["status"] == .string("MAINTENANCE"))
            #expect(changed["label"] == .string("101"))
            #expect(changed["unitType"]?["name"] == .string("Studio"))

            // Roles and isolation.
            let staff = try await app.graphQL(Self.create, variables: ["input": .object(["buildingId": .string(building), "label": .string("S")])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let foreign = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["label": .string("X")])], as: orgs.b)
            #expect(foreign.code == "NOT_FOUND")
            let foreignBuilding = try await app.graphQL(Self.create, variables: ["input": .object(["buildingId": .string(building), "label": .string("B")])], as: orgs.b)
            #expect(foreignBuilding.code == "NOT_FOUND")
            let foreignDelete = try await app.graphQL("mutation($id: ID!) { deleteUnit(id: $id) }", variables: ["id": .string(id)], as: orgs.b)
            #expect(foreignDelete.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE label IN ('S', 'X', 'B')") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE id = ?", [UUID(uuidString: id)]) == 1)
        }
    }

    @Test func occupancyIsDerivedAndLeasedUnitsCannotBeDeleted() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.createBuilding(orgs.a, code: "OC")
            let leased = try await app.createUnit(orgs.a, building: building, label: "A")
            let past = try await app.createUnit(orgs.a, building: building, label: "B")
            let free = try await app.createUnit(orgs.a, building: building, label: "C")
            try await app.lease(orgs.a, unit: leased, tenantUser: orgs.a.userID("TENANT"))
            try await app.lease(orgs.a, unit: past, start: "2020-01-01", end: "2020-12-31")

            let list = """
                query($filter: UnitFilter) { units(filter: $filter) { totalCount nodes { label status isOccupied } } }
                """
            func labels(_ reply: GraphQLReply) -> [String] {
                reply.data?["units"]?["nodes"]?.listValue?.compactMap { $0["label"]?.stringValue } ?? []
            }
            let all = try await app.graphQL(list, as: orgs.a)
            #expect(all.data?["units"]?["nodes"]?.listValue?.map { $0["status"] } == [.string("OCCUPIED"), .string("AVAILABLE"), .string("AVAILABLE")])
            #expect(labels(try await app.graphQL(list, variables: ["filter": .object(["occupied": .bool(true)])], as: orgs.a)) == ["A"])
            #expect(labels(try await app.graphQL(list, variables: ["filter": .object(["occupied": .bool(false)])], as: orgs.a)) == ["B", "C"])
            #expect(labels(try await app.graphQL(list, variables: ["filter": .object(["status": .string("OCCUPIED")])], as: orgs.a)) == ["A"])
            #expect(labels(try await app.graphQL(list, variables: ["filter": .object(["status": .string("AVAILABLE")])], as: orgs.a)) == ["B", "C"])
            let counts = try await app.graphQL("query($id: ID!) { building(id: $id) { unitCount occupiedUnitCount units { totalCount nodes { label } } } }", variables: ["id": .string(building)], as: orgs.a)
            #expect(counts.data?["building"]?["unitCount"] == .int(3))
            #expect(counts.data?["building"]?["units"]?["totalCount"] == .int(3))
            #expect(counts.data?["building"]?["units"]?["nodes"]?.listValue?.map { $0["label"] } == [.string("A"), .string("B"), .string("C")])
            // Paged, filtered and ordered like `Query.units`, within the building.
            let paged = try await app.graphQL("""
                query($id: ID!) { building(id: $id) { units(first: 1, orderBy: { field: LABEL, direction: DESC }, filter: { occupied: false }) {
                  totalCount pageInfo { hasNextPage } nodes { label } } } }
                """, variables: ["id": .string(building)], as: orgs.a)
            #expect(paged.data?["building"]?["units"]?["totalCount"] == .int(2), "\(paged.text)")
            #expect(paged.data?["building"]?["units"]?["nodes"]?.listValue?.map { $0["label"] } == [.string("C")])
            #expect(paged.data?["building"]?["units"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            #expect(counts.data?["building"]?["occupiedUnitCount"] == .int(1))
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE status NOT IN ('AVAILABLE')") == 0)

            // The TENANT sees only the unit they lease, and its building.
            let mine = try await app.graphQL(list, as: orgs.a, "TENANT")
            #expect(labels(mine) == ["A"], "\(mine.text)")
            #expect(mine.data?["units"]?["totalCount"] == .int(1))
            let notMine = try await app.graphQL("query($id: ID!) { unit(id: $id) { label } }", variables: ["id": .string(free)], as: orgs.a, "TENANT")
            #expect(notMine.code == "NOT_FOUND")
            let buildings = try await app.graphQL("query { buildings { nodes { code } } }", as: orgs.a, "TENANT")
            #expect(buildings.data?["buildings"]?["nodes"] == .list([.object(["code": .string("OC")])]))

            // Delete refused while a lease references the unit (even an ended one); a free unit goes.
            for id in [leased, past] {
                let refused = try await app.graphQL("mutation($id: ID!) { deleteUnit(id: $id) }", variables: ["id": .string(id)], as: orgs.a)
                #expect(refused.fieldCode("id") == "IN_USE")
            }
            let deleted = try await app.graphQL("mutation($id: ID!) { deleteUnit(id: $id) }", variables: ["id": .string(free)], as: orgs.a)
            #expect(deleted.data?["deleteUnit"]?.stringValue?.lowercased() == free.lowercased())
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE building_id = ?", [UUID(uuidString: building)]) == 2)
        }
    }

    @Test func listsFilterOrderAndPage() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let b1 = try await app.createBuilding(orgs.a, code: "L1")
            let b2 = try await app.createBuilding(orgs.a, code: "L2")
            for label in ["A1", "A2", "A3"] { _ = try await app.createUnit(orgs.a, building: b1, label: label, extra: ["description": .string("sea view")]) }
            for label in ["B1", "B2"] { _ = try await app.createUnit(orgs.a, building: b2, label: label) }
            let query = """
                query($first: Int, $after: String, $last: Int, $before: String, $filter: UnitFilter, $orderBy: PortfolioOrder) {
                  units(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
                    totalCount nodes { label } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
                """
            func labels(_ reply: GraphQLReply) -> [String] {
                reply.data?["units"]?["nodes"]?.listValue?.compactMap { $0["label"]?.stringValue } ?? []
            }
            let desc = try await app.graphQL(query, variables: ["orderBy": .object(["field": .string("LABEL"), "direction": .string("DESC")])], as: orgs.a)
            #expect(labels(desc) == ["B2", "B1", "A3", "A2", "A1"])
            let inB2 = try await app.graphQL(query, variables: ["filter": .object(["buildingId": .string(b2)])], as: orgs.a)
            #expect(labels(inB2) == ["B1", "B2"])
            let sea = try await app.graphQL(query, variables: ["filter": .object(["search": .string("SEA")])], as: orgs.a)
            #expect(sea.data?["units"]?["totalCount"] == .int(3))
            let page1 = try await app.graphQL(query, variables: ["first": .int(2)], as: orgs.a)
            #expect(labels(page1) == ["A1", "A2"])
            let page2 = try await app.graphQL(query, variables: ["first": .int(2), "after": page1.data?["units"]?["pageInfo"]?["endCursor"] ?? .null], as: orgs.a)
            #expect(labels(page2) == ["A3", "B1"])
            #expect(page2.data?["units"]?["pageInfo"]?["hasPreviousPage"] == .bool(true))
            let back = try await app.graphQL(query, variables: ["last": .int(2), "before": page2.data?["units"]?["pageInfo"]?["startCursor"] ?? .null], as: orgs.a)
            #expect(labels(back) == ["A1", "A2"])
            #expect(back.data?["units"]?["pageInfo"]?["hasPreviousPage"] == .bool(false))
            // Units of a soft-deleted building disappear from the list by default.
            _ = try await app.graphQL("mutation($id: ID!) { deleteBuilding(id: $id) { id } }", variables: ["id": .string(b2)], as: orgs.a)
            #expect(try await app.graphQL(query, as: orgs.a).data?["units"]?["totalCount"] == .int(3))
            let withDeleted = try await app.graphQL(query, variables: ["filter": .object(["includeDeletedBuildings": .bool(true)])], as: orgs.a)
            #expect(withDeleted.data?["units"]?["totalCount"] == .int(5))
            // Another organization sees none of them.
            #expect(try await app.graphQL(query, as: orgs.b).data?["units"]?["totalCount"] == .int(0))
        }
    }
}
