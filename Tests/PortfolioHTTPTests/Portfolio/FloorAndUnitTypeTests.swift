import Foundation
import GraphQLEngine
import Testing

/// Floors and unit types: uniqueness, delete refused while units use them, roles, isolation,
/// and the nested `Building.floors` / `Floor.units`.
@Suite struct FloorAndUnitTypeTests {
    @Test func floorsAreUniquePerBuildingAndGuardedByUnits() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.createBuilding(orgs.a, code: "FL")
            let create = "mutation($input: FloorInput!) { createFloor(input: $input) { id name level building { code } } }"
            let ground = try await app.graphQL(create, variables: ["input": .object(["buildingId": .string(building), "name": .string("Ground"), "level": .int(0)])], as: orgs.a, "MANAGER")
            let groundID = try #require(ground.data?["createFloor"]?["id"]?.stringValue, "\(ground.text)")
            #expect(ground.data?["createFloor"]?["building"]?["code"] == .string("FL"))
            _ = try await app.graphQL(create, variables: ["input": .object(["buildingId": .string(building), "name": .string("Basement"), "level": .int(-1)])], as: orgs.a)
            let before = try await app.count("SELECT COUNT(*) FROM floors")
            let dup = try await app.graphQL(create, variables: ["input": .object(["buildingId": .string(building), "name": .string("ground"), "level": .int(3)])], as: orgs.a)
            #expect(dup.fieldCode("name") == "ALREADY_EXISTS")
            let bad = try await app.graphQL(create, variables: ["input": .object(["name": .string(""), "level": .int(999)])], as: orgs.a)
            #expect(Set(bad.badFields) == ["name", "level", "buildingId"])
            let staff = try await app.graphQL(create, variables: ["input": .object(["buildingId": .string(building), "name": .string("S"), "level": .int(1)])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let foreign = try await app.graphQL(create, variables: ["input": .object(["buildingId": .string(building), "name": .string("F"), "level": .int(1)])], as: orgs.b)
            #expect(foreign.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM floors") == before)

            let nested = try await app.graphQL("query($id: ID!) { building(id: $id) { floors { name level } } }", variables: ["id": .string(building)], as: orgs.a)
            #expect(nested.data?["building"]?["floors"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["Basement", "Ground"])
            let renamed = try await app.graphQL("mutation($id: ID!) { updateFloor(id: $id, input: { name: \"Lobby\" }) { name level } }", variables: ["id": .string(groundID)], as: orgs.a)
            #expect(renamed.data?["updateFloor"] == .object(["name": .string("Lobby"), "level": .int(0)]))
            let foreignUpdate = try await app.graphQL("mutation($id: ID!) { updateFloor(id: $id, input: { name: \"X\" }) { name } }", variables: ["id": .string(groundID)], as: orgs.b)
            #expect(foreignUpdate.code == "NOT_FOUND")

            _ = try await app.createUnit(orgs.a, building: building, label: "G1", extra: ["floorId": .string(groundID)])
            let onFloor = try await app.graphQL("query($id: ID!) { floor(id: $id) { units { totalCount nodes { label } } } }", variables: ["id": .string(groundID)], as: orgs.a)
            #expect(onFloor.data?["floor"]?["units"]?["nodes"] == .list([.object(["label": .string("G1")])]), "\(onFloor.text)")
            #expect(onFloor.data?["floor"]?["units"]?["totalCount"] == .int(1))
            let refused = try await app.graphQL("mutation($id: ID!) { deleteFloor(id: $id) }", variables: ["id": .string(groundID)], as: orgs.a)
            #expect(refused.fieldCode("id") == "IN_USE")
            #expect(try await app.count("SELECT COUNT(*) FROM floors WHERE id = ?", [UUID(uuidString: groundID)]) == 1)
            let floors = try await app.graphQL("query($b: ID) { floors(buildingId: $b) { totalCount nodes { name } } }", variables: ["b": .string(building)], as: orgs.a)
            #expect(floors.data?["floors"]?["totalCount"] == .int(2))
        }
    }

    @Test func unitTypesAreUniquePerOrganizationAndGuardedByUnits() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let create = "mutation($input: UnitTypeInput!) { createUnitType(input: $input) { id name description } }"
            let studio = try await app.graphQL(create, variables: ["input": .object(["name": .string("Studio"), "description": .string("One room")])], as: orgs.a, "ADMIN")
            let studioID = try #require(studio.data?["createUnitType"]?["id"]?.stringValue, "\(studio.text)")
            let spare = try #require(try await app.graphQL(create, variables: ["input": .object(["name": .string("Shop")])], as: orgs.a)
                .data?["createUnitType"]?["id"]?.stringValue)
            _ = try await app.graphQL(create, variables: ["input": .object(["name": .string("Studio")])], as: orgs.b)
            let dup = try await app.graphQL(create, variables: ["input": .object(["name": .string("STUDIO")])], as: orgs.a)
            #expect(dup.fieldCode("name") == "ALREADY_EXISTS")
            let bad = try await app.graphQL(create, variables: ["input": .object(["name": .string(" ")])], as: orgs.a)
            #expect(bad.badFields == ["name"])
            let staff = try await app.graphQL(create, variables: ["input": .object(["name": .string("Loft")])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM unit_types WHERE org_id = ?", [UUID(uuidString: orgs.a.id)]) == 2)

            let updated = try await app.graphQL("mutation($id: ID!) { updateUnitType(id: $id, input: { description: null }) { name description } }",
                                                variables: ["id": .string(studioID)], as: orgs.a)
            #expect(updated.data?["updateUnitType"] == .object(["name": .string("Studio"), "description": .null]))
            let foreign = try await app.graphQL("mutation($id: ID!) { deleteUnitType(id: $id) }", variables: ["id": .string(studioID)], as: orgs.b)
            #expect(foreign.code == "NOT_FOUND")

            let building = try await app.createBuilding(orgs.a, code: "UT")
            _ = try await app.createUnit(orgs.a, building: building, label: "1", extra: ["unitTypeId": .string(studioID)])
            let refused = try await app.graphQL("mutation($id: ID!) { deleteUnitType(id: $id) }", variables: ["id": .string(studioID)], as: orgs.a)
            #expect(refused.fieldCode("id") == "IN_USE")
            let deleted = try await app.graphQL("mutation($id: ID!) { deleteUnitType(id: $id) }", variables: ["id": .string(spare)], as: orgs.a)
            #expect(deleted.data?["deleteUnitType"]?.stringValue?.lowercased() == spare.lowercased())
            let list = try await app.graphQL("query { unitTypes(orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name } } }", as: orgs.a)
            #expect(list.data?["unitTypes"]?["nodes"] == .list([.object(["name": .string("Studio")])]))
            // A unit of another organization cannot use this type.
            let otherBuilding = try await app.createBuilding(orgs.b, code: "UT")
            let cross = try await app.graphQL("mutation($input: UnitInput!) { createUnit(input: $input) { id } }", variables: ["input": .object([
                "buildingId": .string(otherBuilding), "label": .string("1"), "unitTypeId": .string(studioID)])], as: orgs.b)
            #expect(cross.code == "NOT_FOUND")
        }
    }
}
