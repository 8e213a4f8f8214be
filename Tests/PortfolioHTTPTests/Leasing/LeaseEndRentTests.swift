import Foundation
import GraphQLEngine
import Testing

/// Ending a lease (or moving its end earlier) through /graphql trims the rent already
/// generated: later months voided, the end month replaced by its prorated rent, the month key
/// freed; refused with CHARGE_ALLOCATED (nothing changed) while payments are allocated to a
/// charge that would be voided.
@Suite struct LeaseEndRentTests {
    typealias H = IdentityHarness
    static let generate = "mutation($m: Month!, $l: ID) { generateRentCharges(month: $m, leaseId: $l) { createdCount existingCount } }"
    static let pay = "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }"
    static let reverse = "mutation($id: ID!, $r: String!) { reversePayment(id: $id, reason: $r) { id } }"

    /// An open-ended lease from 2026-01-01 at 300.00 due on the 1st, on a new unit of `org`.
    static func lease(_ app: IdentityHarness, _ org: OrgFixture.Org) async throws -> String {
        let unit = try await app.leasingUnit(org, building: try await app.leasingBuilding(org))
        let tenant = try await app.createTenant(org, "Renter")
        let reply = try await app.graphQL(H.createLease, variables: ["input": H.leaseInput(
            unit: unit, parties: [(tenant, "PRIMARY")], start: "2026-01-01", rent: "300", dueDay: 1)], as: org, "MANAGER")
        guard let id = reply.data?["createLease"]?["id"]?.stringValue else { throw HarnessError("createLease failed: \(reply.text)") }
        return id
    }

    static func generate(_ app: IdentityHarness, _ org: OrgFixture.Org, _ lease: String, _ months: [String]) async throws {
        for month in months {
            let reply = try await app.graphQL(Self.generate, variables: ["m": .string(month), "l": .string(lease)], as: org, "MANAGER")
            guard reply.errors.isEmpty else { throw HarnessError("generateRentCharges failed: \(reply.text)") }
        }
    }

    /// A payment of `amount` on `lease` allocated to `charge`; returns its id.
    static func pay(_ app: IdentityHarness, _ org: OrgFixture.Org, _ lease: String, _ charge: String, _ amount: String) async throws -> String {
        let reply = try await app.graphQL(Self.pay, variables: ["i": .object([
            "leaseId": .string(lease), "amount": .string(amount), "paidOn": .string("2026-05-02"), "method": .string("BANK"),
            "allocations": .list([.object(["chargeId": .string(charge), "amount": .string(amount)])]),
        ])], as: org, "MANAGER")
        guard let id = reply.data?["recordPayment"]?["id"]?.stringValue else { throw HarnessError("recordPayment failed: \(reply.text)") }
        return id
    }

    static func rentCharge(_ app: IdentityHarness, _ lease: String, _ month: String) async throws -> String {
        guard let row = try await app.pool.query(
            "SELECT id FROM charges WHERE lease_id = ? AND rent_month = ? AND voided_at IS NULL", [UUID(uuidString: lease)!, month]).first
        else { throw HarnessError("no rent charge for \(month)") }
        let id: String = try row.decode("id")
        return id.lowercased()
    }

    @Test func endVoidsLaterMonthsAndProratesTheLastOne() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-05", "2026-06", "2026-07"])
            let ended = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object([
                "endDate": .string("2026-06-10"), "reason": .string("Moving"),
            ])], as: orgs.a, "MANAGER")
            #expect(ended.data?["endLease"]?["status"] == .string("ENDED"), "\(ended.text)")
            // May stands in full; June is now 10/30 of 300.00, due on the 1st; nothing after.
            let standing = try await app.pool.query(
                "SELECT rent_month, amount_minor, due_date FROM charges WHERE voided_at IS NULL ORDER BY rent_month")
            #expect(try standing.map { try $0.decode("rent_month") as String } == ["2026-05", "2026-06"])
            #expect(try standing.map { try $0.decode("amount_minor") as Int64 } == [30_000, 10_000])
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL AND rent_month = '2026-06' AND due_date = '2026-06-01' AND description = 'Rent 2026-06 (prorated 10/30 days)'") == 1)
            // The voided rows stay, with a reason naming the end, and give their month up.
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL AND rent_month IS NULL AND void_reason LIKE 'Lease ends on 2026-06-10%'") == 2)
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL AND amount_minor = 30000 AND description = 'Rent 2026-07'") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM charges") == 4)
            // Generation afterwards bills nothing more.
            for month in ["2026-06", "2026-07"] {
                let again = try await app.graphQL(Self.generate, variables: ["m": .string(month)], as: orgs.a, "MANAGER")
                #expect(again.data?["generateRentCharges"]?["createdCount"] == .int(0), "\(again.text)")
            }
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL") == 2)
            // The lease's balance is what the stay owes.
            let balance = try await app.graphQL("query($id: ID!) { lease(id: $id) { balance(asOf: \"2026-12-31\") } }",
                                                variables: ["id": .string(lease)], as: orgs.a, "MANAGER")
            #expect(balance.data?["lease"]?["balance"] == .string("400.00"), "\(balance.text)")
        }
    }

    @Test func endOnTheLastDayOfAMonthOnlyVoidsLaterMonths() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-06", "2026-07"])
            let ended = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-30")])],
                                              as: orgs.a, "MANAGER")
            #expect(ended.errors.isEmpty, "\(ended.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL AND rent_month = '2026-06' AND amount_minor = 30000") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL") == 1)
        }
    }

    @Test func allocatedChargesRefuseTheEndUntilThePaymentIsReversed() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-06", "2026-07"])
            let july = try await Self.rentCharge(app, lease, "2026-07")
            let payment = try await Self.pay(app, orgs.a, lease, july, "300")
            let refused = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-10")])],
                                                as: orgs.a, "MANAGER")
            #expect(refused.code == "BAD_USER_INPUT", "\(refused.text)")
            #expect(refused.badFields == ["endDate"])
            let entry = refused.errors.first?["extensions"]?["fields"]?.listValue?.first
            #expect(entry?["code"] == .string("CHARGE_ALLOCATED"))
            #expect(entry?["message"]?.stringValue?.contains(july) == true)
            #expect(entry?["message"]?.stringValue?.contains("2026-07") == true)
            // Nothing changed: still active, no void, no MOVE_OUT.
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE status = 'ACTIVE' AND end_date IS NULL") == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL") == 0)
            #expect(try await app.count("SELECT COUNT(*) FROM occupancy_events WHERE kind = 'MOVE_OUT'") == 0)
            // The same through updateLease.
            let shortened = try await app.graphQL(LeaseTests.update, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-10")])],
                                                  as: orgs.a, "MANAGER")
            #expect(shortened.badFields == ["endDate"], "\(shortened.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE end_date IS NULL") == 1)

            let reversed = try await app.graphQL(Self.reverse, variables: ["id": .string(payment), "r": .string("Lease ends early")], as: orgs.a, "MANAGER")
            #expect(reversed.errors.isEmpty, "\(reversed.text)")
            let ended = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-10")])],
                                              as: orgs.a, "MANAGER")
            #expect(ended.data?["endLease"]?["status"] == .string("ENDED"), "\(ended.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL") == 1)
        }
    }

    @Test func anAllocatedEndMonthChargeAlsoRefuses() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-06"])
            let june = try await Self.rentCharge(app, lease, "2026-06")
            _ = try await Self.pay(app, orgs.a, lease, june, "50")
            let refused = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-10")])],
                                                as: orgs.a, "MANAGER")
            #expect(refused.errors.first?["extensions"]?["fields"]?.listValue?.first?["code"] == .string("CHARGE_ALLOCATED"), "\(refused.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL AND amount_minor = 30000") == 1)
            // Ending on the month's last day voids nothing, so it goes through.
            let ended = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-30")])],
                                              as: orgs.a, "MANAGER")
            #expect(ended.errors.isEmpty, "\(ended.text)")
        }
    }

    @Test func updateLeaseMovingTheEndEarlierTrimsAndAnExtensionBillsAgain() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-06", "2026-07"])
            let shortened = try await app.graphQL(LeaseTests.update, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-15")])],
                                                  as: orgs.a, "MANAGER")
            #expect(shortened.data?["updateLease"]?["status"] == .string("ACTIVE"), "\(shortened.text)")
            let standing = try await app.pool.query("SELECT rent_month, amount_minor FROM charges WHERE voided_at IS NULL")
            #expect(try standing.map { try $0.decode("rent_month") as String } == ["2026-06"])
            #expect(try standing.map { try $0.decode("amount_minor") as Int64 } == [15_000])
            // Moving the end later changes no charge; the freed July can be billed again.
            let extended = try await app.graphQL(LeaseTests.update, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-07-31")])],
                                                 as: orgs.a, "MANAGER")
            #expect(extended.errors.isEmpty, "\(extended.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL") == 1)
            let july = try await app.graphQL(Self.generate, variables: ["m": .string("2026-07"), "l": .string(lease)], as: orgs.a, "MANAGER")
            #expect(july.data?["generateRentCharges"]?["createdCount"] == .int(1), "\(july.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL AND rent_month = '2026-07' AND amount_minor = 30000") == 1)
            // Unchanged end date or other edits leave charges alone.
            let rentOnly = try await app.graphQL(LeaseTests.update, variables: ["id": .string(lease), "input": .object(["rent": .string("100")])],
                                                 as: orgs.a, "MANAGER")
            #expect(rentOnly.errors.isEmpty, "\(rentOnly.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL") == 2)
        }
    }

    @Test func aStartMovedLaterIsRefusedWhileRentBillsTimeBeforeIt() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            try await Self.generate(app, orgs.a, lease, ["2026-01", "2026-02"])
            func moveStart(_ day: String) async throws -> GraphQLReply {
                try await app.graphQL(LeaseTests.update, variables: ["id": .string(lease), "input": .object(["startDate": .string(day)])],
                                      as: orgs.a, "MANAGER")
            }
            // 2026-02-15: January's charge and February's full rent both bill time before it.
            let refused = try await moveStart("2026-02-15")
            #expect(refused.code == "BAD_USER_INPUT", "\(refused.text)")
            #expect(refused.fieldCode("startDate") == "RENT_BILLED_BEFORE_START")
            #expect(refused.badFields.count == 2)
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE id = ? AND start_date = '2026-01-01'", [UUID(uuidString: lease)]) == 1)
            // Once January is voided, the start can move to 2026-02-01 (February is billed in full then).
            let january = try await Self.rentCharge(app, lease, "2026-01")
            let voided = try await app.graphQL("mutation($id: ID!) { voidCharge(id: $id, reason: \"Lease starts in February\") { id } }",
                                               variables: ["id": .string(january)], as: orgs.a, "MANAGER")
            #expect(voided.errors.isEmpty, "\(voided.text)")
            let moved = try await moveStart("2026-02-01")
            #expect(moved.errors.isEmpty, "\(moved.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE id = ? AND start_date = '2026-02-01'", [UUID(uuidString: lease)]) == 1)
            // Moving the start earlier never needs anything voided.
            #expect(try await moveStart("2025-12-01").errors.isEmpty)
        }
    }

    @Test func otherOrganizationsChargesAreUntouched() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let lease = try await Self.lease(app, orgs.a)
            let other = try await Self.lease(app, orgs.b)
            try await Self.generate(app, orgs.a, lease, ["2026-07"])
            try await Self.generate(app, orgs.b, other, ["2026-07"])
            let foreign = try await app.graphQL(LeaseTests.end, variables: ["id": .string(other), "input": .object(["endDate": .string("2026-06-10")])],
                                                as: orgs.a, "MANAGER")
            #expect(foreign.code == "NOT_FOUND")
            let ended = try await app.graphQL(LeaseTests.end, variables: ["id": .string(lease), "input": .object(["endDate": .string("2026-06-10")])],
                                              as: orgs.a, "MANAGER")
            #expect(ended.errors.isEmpty, "\(ended.text)")
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NULL AND lease_id = ?", [UUID(uuidString: other)!]) == 1)
            #expect(try await app.count("SELECT COUNT(*) FROM charges WHERE voided_at IS NOT NULL") == 1)
        }
    }
}
