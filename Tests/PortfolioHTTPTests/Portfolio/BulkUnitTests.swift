import Foundation
import GraphQLEngine
import Testing

/// `bulkCreateUnits`: sequences and custom lists, all or nothing, conflicts named.
@Suite struct BulkUnitTests {
    static let bulk = "mutation($input: BulkUnitsInput!) { bulkCreateUnits(input: $input) { label baseRent floor { name } } }"

    @Test func createsBySequenceAndByListAllOrNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.createBuilding(orgs.a, code: "BK")
            let seq = try await app.graphQL(Self.bulk, variables: ["input": .object([
                "buildingId": .string(building), "prefix": .string("A-"), "start": .int(9), "count": .int(3), "padWidth": .int(3),
                "baseRent": .string("500"),
            ])], as: orgs.a, "MANAGER")
            let made = try #require(seq.data?["bulkCreateUnits"]?.listValue, "\(seq.text)")
            #expect(made.compactMap { $0["label"]?.stringValue } == ["A-009", "A-010", "A-011"])
            #expect(made.first?["baseRent"] == .string("500.00"))
            let custom = try await app.graphQL(Self.bulk, variables: ["input": .object([
                "buildingId": .string(building), "labels": .list([.string("Shop 1"), .string("Shop 2")]),
            ])], as: orgs.a)
            #expect(custom.data?["bulkCreateUnits"]?.listValue?.count == 2)
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE building_id = ?", [UUID(uuidString: building)]) == 5)

            // Conflicts: an existing label (case-insensitive) and a repeat inside the request; nothing inserted.
            let clash = try await app.graphQL(Self.bulk, variables: ["input": .object([
                "buildingId": .string(building), "labels": .list([.string("new"), .string("a-010"), .string("x"), .string("X")]),
            ])], as: orgs.a)
            #expect(clash.code == "BAD_USER_INPUT", "\(clash.text)")
            #expect(Set(clash.badFields) == ["labels[1]", "labels[3]"])
            let message = clash.errors.first?["message"]?.stringValue ?? ""
            #expect(message.contains("a-010") && message.contains("X"))
            let overlap = try await app.graphQL(Self.bulk, variables: ["input": .object([
                "buildingId": .string(building), "prefix": .string("A-"), "start": .int(11), "count": .int(2), "padWidth": .int(3),
            ])], as: orgs.a)
            #expect(overlap.badFields == ["count"])
            #expect(try await app.count("SELECT COUNT(*) FROM units WHERE building_id = ?", [UUID(uuidString: building)]) == 5)

            // Limits and shape.
            let tooMany = try await app.graphQL(Self.bulk, variables: ["input": .object(["buildingId": .string(building), "count": .int(501)])], as: orgs.a)
            #expect(tooMany.fieldCode("count") == "OUT_OF_RANGE")
            let neither = try await app.graphQL(Self.bulk, variables: ["input": .object(["buildingId": .string(building)])], as: orgs.a)
            #expect(neither.badFields == ["count"])
            let both = try await app.graphQL(Self.bulk, variables: ["input": .object([
                "buildingId": .string(building), "count": .int(2), "labels": .list([.string("z")])])], as: orgs.a)
            #expect(both.badFields == ["labels"])
            let staff = try await app.graphQL(Self.bulk, variables: ["input": .object(["buildingId": .string(building), "count": .int(2)])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            let foreign = try await app.graphQL(Self.bulk, variables: ["input": .object(["buildingId": .string(building), "count": .int(2)])], as: orgs.b)
            #expect(foreign.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM units") == 5)
        }
    }
}
