import Foundation
import GraphQLEngine
import Testing

/// Leases through /graphql: creation with parties and validation, the overlap rule (also
/// under concurrency), term edits, ending, occupancy on units, the leases list, the TENANT
/// scope and organization isolation.
@Suite struct LeaseTests {
    typealias H = IdentityHarness
    static let update = "mutation($id: ID!, $input: UpdateLeaseInput!) { updateLease(id: $id, input: $input) { \(H.leaseFields) } }"
    static let end = "mutation($id: ID!, $input: EndLeaseInput!) { endLease(id: $id, input: $input) { \(H.leaseFields) endedAt } }"

    @Test func createUpdateEndWithOccupancyEvents() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let primary = try await app.createTenant(orgs.a, "Primary")
            let guarantor = try await app.createTenant(orgs.a, "Guarantor")
            let created = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                unit: unit, parties: [(guarantor, "GUARANTOR"), (primary, "PRIMARY")], start: "2026-01-01", rent: "750.5", deposit: "1500", dueDay: 31)],
                as: orgs.a, "MANAGER")
            let lease = try #require(created.data?["createLease"], "\(created.text)")
            #expect(lease["rent"] == .string("750.50"))
            #expect(lease["deposit"] == .string("1500.00"))
            #expect(lease["status"] == .string("ACTIVE"))
            #expect(lease["endDate"] == .null)
            #expect(lease["parties"]?.listValue?.compactMap { $0["role"]?.stringValue } == ["PRIMARY", "GUARANTOR"])
            let id = try #require(lease["id"]?.stringValue)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events WHERE kind = 'MOVE_IN' AND occurred_on = '2026-01-01'") == 1)

            let changed = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object([
                "rent": .string("800"), "dueDay": .int(1), "endDate": .string("2026-12-31"),
            ])], as: orgs.a, "MANAGER")
            let after = try #require(changed.data?["updateLease"], "\(changed.text)")
            #expect(after["rent"] == .string("800.00"))
            #expect(after["dueDay"] == .int(1))
            #expect(after["endDate"] == .string("2026-12-31"))
            #expect(after["deposit"] == .string("1500.00"))

            let tooLate = try await app.graphQL(Self.end, variables: ["id": .string(id), "input": .object(["endDate": .string("2027-01-31")])], as: orgs.a, "MANAGER")
            #expect(tooLate.badFields == ["endDate"], "\(tooLate.text)")
            let beforeStart = try await app.graphQL(Self.end, variables: ["id": .string(id), "input": .object(["endDate": .string("2025-12-31")])], as: orgs.a, "MANAGER")
            #expect(beforeStart.badFields == ["endDate"])
            let staff = try await app.graphQL(Self.end, variables: ["id": .string(id), "input": .object(["endDate": .string("2026-06-30")])], as: orgs.a, "STAFF")
            #expect(staff.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE status = 'ACTIVE' AND end_date = '2026-12-31'") == 1)

            let ended = try await app.graphQL(Self.end, variables: ["id": .string(id), "input": .object([
                "endDate": .string("2026-06-30"), "reason": .string("Moving abroad"),
            ])], as: orgs.a, "MANAGER")
            let endedLease = try #require(ended.data?["endLease"], "\(ended.text)")
            #expect(endedLease["status"] == .string("ENDED"))
            #expect(endedLease["endDate"] == .string("2026-06-30"))
            #expect(endedLease["endReason"] == .string("Moving abroad"))
            #expect(endedLease["endedAt"]?.stringValue != nil)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events WHERE kind = 'MOVE_OUT' AND occurred_on = '2026-06-30'") == 1)

            let again = try await app.graphQL(Self.end, variables: ["id": .string(id), "input": .object(["endDate": .string("2026-05-31")])], as: orgs.a, "MANAGER")
            #expect(again.code == "BAD_USER_INPUT")
            #expect(again.badFields == ["id"])
            let editEnded = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["rent": .string("1")])], as: orgs.a, "MANAGER")
            #expect(editEnded.badFields == ["id"])
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events") == 2)

            // The unit after the lease ended: a new lease may start the next day.
            _ = try await app.createLease(orgs.a, unit: unit, tenant: primary, start: "2026-07-01")
            let manual = try await app.graphQL(
                "mutation($input: RecordOccupancyEventInput!) { recordOccupancyEvent(input: $input) { kind occurredOn note leaseId } }",
                variables: ["input": .object(["unitId": .string(unit), "leaseId": .string(id), "occurredOn": .string("2026-07-02"), "note": .string("Keys returned")])],
                as: orgs.a, "MANAGER")
            #expect(manual.data?["recordOccupancyEvent"]?["kind"] == .string("MANUAL"), "\(manual.text)")
            let blankNote = try await app.graphQL(
                "mutation($input: RecordOccupancyEventInput!) { recordOccupancyEvent(input: $input) { kind } }",
                variables: ["input": .object(["unitId": .string(unit), "occurredOn": .string("2026-07-02"), "note": .string(" ")])], as: orgs.a, "MANAGER")
            #expect(blankNote.badFields == ["note"])
            let staffEvent = try await app.graphQL(
                "mutation($input: RecordOccupancyEventInput!) { recordOccupancyEvent(input: $input) { kind } }",
                variables: ["input": .object(["unitId": .string(unit), "occurredOn": .string("2026-07-02"), "note": .string("x")])], as: orgs.a, "STAFF")
            #expect(staffEvent.code == "FORBIDDEN")
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events") == 4)

            let occupancy = try await app.graphQL(
                "query($u: ID!) { unit(id: $u) { leases(first: 1) { totalCount nodes { startDate } pageInfo { hasNextPage endCursor } } occupancyEvents { totalCount nodes { kind occurredOn } } } }",
                variables: ["u": .string(unit)], as: orgs.a, "STAFF")
            let unitData = try #require(occupancy.data?["unit"], "\(occupancy.text)")
            #expect(unitData["leases"]?["totalCount"] == .int(2))
            #expect(unitData["leases"]?["nodes"] == .list([.object(["startDate": .string("2026-07-01")])]))
            #expect(unitData["leases"]?["pageInfo"]?["hasNextPage"] == .bool(true))
            let cursor = try #require(unitData["leases"]?["pageInfo"]?["endCursor"]?.stringValue)
            let next = try await app.graphQL(
                "query($u: ID!, $c: String) { unit(id: $u) { leases(first: 1, after: $c) { nodes { startDate } pageInfo { hasNextPage } } } }",
                variables: ["u": .string(unit), "c": .string(cursor)], as: orgs.a, "STAFF")
            #expect(next.data?["unit"]?["leases"]?["nodes"] == .list([.object(["startDate": .string("2026-01-01")])]), "\(next.text)")
            #expect(next.data?["unit"]?["leases"]?["pageInfo"]?["hasNextPage"] == .bool(false))
            #expect(unitData["occupancyEvents"]?["nodes"]?.listValue?.compactMap { $0["kind"]?.stringValue } == ["MANUAL", "MOVE_IN", "MOVE_OUT", "MOVE_IN"])
        }
    }

    @Test func badInputNamesTheFieldAndChangesNothing() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let t1 = try await app.createTenant(orgs.a, "One")
            let t2 = try await app.createTenant(orgs.a, "Two")
            func fields(_ input: Value) async throws -> [String] {
                try await app.graphQL(H.createLease, variables: ["input": input], as: orgs.a, "MANAGER").badFields
            }
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], start: "2026-05-01", end: "2026-04-30")) == ["endDate"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], rent: "0")) == ["rent"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], rent: "-10")) == ["rent"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], deposit: "-1")) == ["deposit"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], rent: "1.234")) == ["rent"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], dueDay: 0)) == ["dueDay"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY")], dueDay: 32)) == ["dueDay"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY"), (t2, "PRIMARY")])) == ["parties"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "CO_TENANT")])) == ["parties"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [])) == ["parties"])
            #expect(try await fields(H.leaseInput(unit: unit, parties: [(t1, "PRIMARY"), (t1, "OCCUPANT")])) == ["parties.1.tenantId"])
            #expect(try await app.count("SELECT COUNT(*) FROM leases") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM lease_parties") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events") == 0)

            let id = try await app.createLease(orgs.a, unit: unit, tenant: t1, start: "2026-01-01", end: "2026-12-31")
            let reversed = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["endDate": .string("2025-12-01")])], as: orgs.a, "MANAGER")
            #expect(reversed.badFields == ["endDate"])
            let zero = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["rent": .string("0"), "dueDay": .int(40)])], as: orgs.a, "MANAGER")
            #expect(Set(zero.badFields) == ["rent", "dueDay"])
            let clear = try await app.graphQL(Self.update, variables: ["id": .string(id), "input": .object(["startDate": .null])], as: orgs.a, "MANAGER")
            #expect(clear.badFields == ["startDate"])
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE rent_minor = 50000 AND due_day = 5 AND end_date = '2026-12-31'") == 1)
        }
    }

    @Test func overlappingLeasesAreRefused() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let tenant = try await app.createTenant(orgs.a, "T")
            _ = try await app.createLease(orgs.a, unit: unit, tenant: tenant, start: "2026-01-01", end: "2026-06-30")
            let clash = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                unit: unit, parties: [(tenant, "PRIMARY")], start: "2026-06-30")], as: orgs.a, "MANAGER")
            #expect(clash.code == "BAD_USER_INPUT")
            #expect(clash.badFields == ["startDate"])
            #expect(clash.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("LEASE_OVERLAP"))
            let openBefore = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                unit: unit, parties: [(tenant, "PRIMARY")], start: "2025-01-01")], as: orgs.a, "MANAGER")
            #expect(openBefore.badFields == ["startDate"])
            #expect(try await app.count("SELECT COUNT(*) FROM leases") == 1)
            let nextDay = try await app.createLease(orgs.a, unit: unit, tenant: tenant, start: "2026-07-01")
            // Editing the first lease to run into the second is refused too.
            let first = try #require(try await app.pool.query("SELECT id FROM leases WHERE start_date = '2026-01-01'").first)
            let firstID: String = try first.decode("id")
            let extend = try await app.graphQL(Self.update, variables: ["id": .string(firstID), "input": .object(["endDate": .string("2026-07-15")])], as: orgs.a, "MANAGER")
            #expect(extend.badFields == ["startDate"])
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE end_date = '2026-06-30'") == 1)
            #expect(!nextDay.isEmpty)
        }
    }

    @Test func concurrentCreationOnOneUnitLetsExactlyOneThrough() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            var tenants: [String] = []
            for index in 0..<6 { tenants.append(try await app.createTenant(orgs.a, "Racer \(index)")) }
            let replies = try await withThrowingTaskGroup(of: GraphQLReply.self) { group in
                for tenant in tenants {
                    group.addTask {
                        try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(unit: unit, parties: [(tenant, "PRIMARY")])], as: orgs.a, "MANAGER")
                    }
                }
                var all: [GraphQLReply] = []
                for try await reply in group { all.append(reply) }
                return all
            }
            #expect(replies.filter { $0.errors.isEmpty }.count == 1)
            #expect(replies.filter { $0.badFields == ["startDate"] }.count == 5)
            #expect(try await app.count("SELECT COUNT(*) FROM leases") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events") == 1)
        }
    }

    @Test func listFiltersOrderPagingAndCurrentLease() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let otherBuilding = try await app.leasingBuilding(orgs.a)
            let u1 = try await app.leasingUnit(orgs.a, building: building, label: "1")
            let u2 = try await app.leasingUnit(orgs.a, building: building, label: "2")
            let u3 = try await app.leasingUnit(orgs.a, building: otherBuilding, label: "3")
            let ann = try await app.createTenant(orgs.a, "Ann")
            let ben = try await app.createTenant(orgs.a, "Ben")
            let old = try await app.createLease(orgs.a, unit: u1, tenant: ann, start: "2020-01-01", end: "2020-12-31")
            let current = try await app.createLease(orgs.a, unit: u1, tenant: ben, start: "2021-01-01")
            _ = try await app.createLease(orgs.a, unit: u2, tenant: ann, start: "2022-01-01")
            _ = try await app.createLease(orgs.a, unit: u3, tenant: ben, start: "2099-01-01")
            _ = try await app.graphQL(Self.end, variables: ["id": .string(old), "input": .object(["endDate": .string("2020-12-31")])], as: orgs.a, "MANAGER")
            let list = "query($f: LeaseFilter, $o: LeaseOrder, $first: Int, $last: Int, $before: String) { leases(filter: $f, orderBy: $o, first: $first, last: $last, before: $before) { totalCount nodes { startDate } pageInfo { hasPreviousPage startCursor } } }"
            func starts(_ filter: ObjectValue = [:], order: ObjectValue? = nil) async throws -> [String] {
                var variables: [String: Value] = ["f": .object(filter)]
                if let order { variables["o"] = .object(order) }
                let reply = try await app.graphQL(list, variables: variables, as: orgs.a, "STAFF")
                return reply.data?["leases"]?["nodes"]?.listValue?.compactMap { $0["startDate"]?.stringValue } ?? []
            }
            #expect(try await starts() == ["2099-01-01", "2022-01-01", "2021-01-01", "2020-01-01"])
            #expect(try await starts(order: ["field": .string("START_DATE"), "direction": .string("ASC")]) == ["2020-01-01", "2021-01-01", "2022-01-01", "2099-01-01"])
            #expect(try await starts(["unitId": .string(u1)]) == ["2021-01-01", "2020-01-01"])
            #expect(try await starts(["buildingId": .string(building)]) == ["2022-01-01", "2021-01-01", "2020-01-01"])
            #expect(try await starts(["tenantId": .string(ann)]) == ["2022-01-01", "2020-01-01"])
            #expect(try await starts(["status": .string("ENDED")]) == ["2020-01-01"])
            #expect(try await starts(["activeOn": .string("2021-06-01")]) == ["2021-01-01"])
            #expect(try await starts(["unitId": .string("not-a-uuid")]) == [])
            let last = try await app.graphQL(list, variables: ["last": .int(2)], as: orgs.a, "STAFF")
            #expect(last.data?["leases"]?["nodes"]?.listValue?.compactMap { $0["startDate"]?.stringValue } == ["2021-01-01", "2020-01-01"], "\(last.text)")
            #expect(last.data?["leases"]?["pageInfo"]?["hasPreviousPage"] == .bool(true))
            let cursor = try #require(last.data?["leases"]?["pageInfo"]?["startCursor"]?.stringValue)
            let before = try await app.graphQL(list, variables: ["last": .int(2), "before": .string(cursor)], as: orgs.a, "STAFF")
            #expect(before.data?["leases"]?["nodes"]?.listValue?.compactMap { $0["startDate"]?.stringValue } == ["2099-01-01", "2022-01-01"])

            let units = try await app.graphQL(
                "query($a: ID!, $b: ID!) { a: unit(id: $a) { currentLease { id unit { id } parties { tenant { fullName } } } } b: unit(id: $b) { currentLease { id } } }",
                variables: ["a": .string(u1), "b": .string(u3)], as: orgs.a, "STAFF")
            #expect(units.data?["a"]?["currentLease"]?["id"]?.stringValue == current, "\(units.text)")
            #expect(units.data?["a"]?["currentLease"]?["unit"]?["id"]?.stringValue == u1)
            #expect(units.data?["a"]?["currentLease"]?["parties"] == .list([.object(["tenant": .object(["fullName": .string("Ben")])])]))
            #expect(units.data?["b"]?["currentLease"] == .null)
            let tenantLeases = try await app.graphQL(
                "query($t: ID!) { tenant(id: $t) { leases { startDate } } }", variables: ["t": .string(ann)], as: orgs.a, "STAFF")
            #expect(tenantLeases.data?["tenant"]?["leases"] == .list([.object(["startDate": .string("2022-01-01")]), .object(["startDate": .string("2020-01-01")])]))
        }
    }

    @Test func tenantSeesOnlyTheirLeasesAndOtherOrgsIdsAreNotFound() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let mineUnit = try await app.leasingUnit(orgs.a, building: building, label: "M")
            let otherUnit = try await app.leasingUnit(orgs.a, building: building, label: "O")
            let me = try await app.createTenant(orgs.a, "Me")
            let other = try await app.createTenant(orgs.a, "Other")
            try await app.linkTenantUser(orgs.a, tenant: me)
            let mine = try await app.createLease(orgs.a, unit: mineUnit, tenant: me)
            let notMine = try await app.createLease(orgs.a, unit: otherUnit, tenant: other)
            let seen = try await app.graphQL(
                "query($n: ID!) { leases { totalCount nodes { id parties { tenant { fullName } } } } hidden: lease(id: $n) { id } myTenant { leases { id } } }",
                variables: ["n": .string(notMine)], as: orgs.a, "TENANT")
            #expect(seen.data?["leases"]?["totalCount"] == .int(1), "\(seen.text)")
            #expect(seen.data?["leases"]?["nodes"]?.listValue?.first?["id"]?.stringValue == mine)
            #expect(seen.data?["hidden"] == .null)
            #expect(seen.code == "NOT_FOUND")
            #expect(seen.data?["myTenant"]?["leases"]?.listValue?.count == 1)
            let tenantCreates = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(unit: otherUnit, parties: [(me, "PRIMARY")], start: "2030-01-01")], as: orgs.a, "TENANT")
            #expect(tenantCreates.code == "FORBIDDEN")

            // Organization B's ids with organization A's token: NOT_FOUND, nothing changed.
            let unitB = try await app.leasingUnit(orgs.b, building: try await app.leasingBuilding(orgs.b))
            let tenantB = try await app.createTenant(orgs.b, "B tenant")
            let leaseB = try await app.createLease(orgs.b, unit: unitB, tenant: tenantB)
            let foreignUnit = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(unit: unitB, parties: [(me, "PRIMARY")], start: "2030-01-01")], as: orgs.a, "OWNER")
            #expect(foreignUnit.code == "NOT_FOUND")
            let foreignTenant = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(unit: otherUnit, parties: [(tenantB, "PRIMARY")], start: "2030-01-01")], as: orgs.a, "OWNER")
            #expect(foreignTenant.code == "NOT_FOUND")
            let foreignEnd = try await app.graphQL(Self.end, variables: ["id": .string(leaseB), "input": .object(["endDate": .string("2026-02-01")])], as: orgs.a, "OWNER")
            #expect(foreignEnd.code == "NOT_FOUND")
            let foreignUpdate = try await app.graphQL(Self.update, variables: ["id": .string(leaseB), "input": .object(["rent": .string("1")])], as: orgs.a, "OWNER")
            #expect(foreignUpdate.code == "NOT_FOUND")
            let foreignEvent = try await app.graphQL(
                "mutation($input: RecordOccupancyEventInput!) { recordOccupancyEvent(input: $input) { kind } }",
                variables: ["input": .object(["unitId": .string(unitB), "occurredOn": .string("2026-07-02"), "note": .string("x")])], as: orgs.a, "OWNER")
            #expect(foreignEvent.code == "NOT_FOUND")
            let foreignRead = try await app.graphQL("query($id: ID!) { lease(id: $id) { id } }", variables: ["id": .string(leaseB)], as: orgs.a, "OWNER")
            #expect(foreignRead.code == "NOT_FOUND")
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE org_id = ?", [orgs.b.id]) == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE status = 'ACTIVE' AND rent_minor = 50000") == 3)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events") == 3)
        }
    }
}
