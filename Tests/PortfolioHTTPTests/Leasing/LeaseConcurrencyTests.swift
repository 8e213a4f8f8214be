import Foundation
import GraphQLEngine
import Testing

/// Races through /graphql against the real MariaDB: the invariants that locks inside the
/// transactions must keep — never two leases of a unit sharing a day, never standing rent
/// after a lease's end. Each race is repeated on fresh rows to give interleavings a chance.
@Suite struct LeaseConcurrencyTests {
    typealias H = IdentityHarness
    static let rounds = 4

    /// Pairs of leases of one unit that share a day (ranges inclusive, open end = forever).
    static let overlappingPairs = """
        SELECT COUNT(*) FROM leases a JOIN leases b ON a.unit_id = b.unit_id AND a.id < b.id
        WHERE a.start_date <= COALESCE(b.end_date, '9999-12-31') AND b.start_date <= COALESCE(a.end_date, '9999-12-31')
        """

    /// Standing rent charges of a month that begins after their lease's end date.
    static let rentAfterEnd = """
        SELECT COUNT(*) FROM charges c JOIN leases l ON l.id = c.lease_id
        WHERE c.kind = 'RENT' AND c.voided_at IS NULL AND l.end_date IS NOT NULL
          AND c.rent_month IS NOT NULL AND c.rent_month > DATE_FORMAT(l.end_date, '%Y-%m')
        """

    @Test func concurrentOverlappingCreationsLetExactlyOneThrough() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let one = try await app.createTenant(orgs.a, "One")
            let two = try await app.createTenant(orgs.a, "Two")
            for round in 0..<Self.rounds {
                let unit = try await app.leasingUnit(orgs.a, building: building, label: "R\(round)")
                async let first = app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                    unit: unit, parties: [(one, "PRIMARY")], start: "2026-01-01", end: "2026-06-30")], as: orgs.a, "MANAGER")
                async let second = app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                    unit: unit, parties: [(two, "PRIMARY")], start: "2026-06-01")], as: orgs.a, "OWNER")
                let (r1, r2) = try await (first, second)
                #expect([r1, r2].filter { $0.errors.isEmpty }.count == 1, "\(r1.text) \(r2.text)")
                #expect([r1, r2].filter { $0.badFields == ["startDate"] }.count == 1)
                #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE unit_id = ?", [UUID(uuidString: unit)!]) == 1)
            }
            #expect(try await app.count(Self.overlappingPairs) == 0)
        }
    }

    @Test func extendingALeaseRacingACreationNeverStoresAnOverlap() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let one = try await app.createTenant(orgs.a, "One")
            let two = try await app.createTenant(orgs.a, "Two")
            for round in 0..<Self.rounds {
                let unit = try await app.leasingUnit(orgs.a, building: building, label: "R\(round)")
                let lease = try await app.createLease(orgs.a, unit: unit, tenant: one, start: "2026-01-01", end: "2026-06-30")
                async let extend = app.graphQL(LeaseTests.update, variables: [
                    "id": .string(lease), "input": .object(["endDate": .string("2026-12-31")]),
                ], as: orgs.a, "MANAGER")
                async let create = app.graphQL(H.createLease, variables: ["input": H.leaseInput(
                    unit: unit, parties: [(two, "PRIMARY")], start: "2026-09-01")], as: orgs.a, "OWNER")
                let (r1, r2) = try await (extend, create)
                #expect([r1, r2].filter { $0.errors.isEmpty }.count == 1, "\(r1.text) \(r2.text)")
                #expect([r1, r2].filter { $0.badFields == ["startDate"] }.count == 1)
            }
            #expect(try await app.count(Self.overlappingPairs) == 0)
        }
    }

    @Test func endingALeaseRacingRentGenerationNeverLeavesRentAfterTheEnd() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let tenant = try await app.createTenant(orgs.a, "Renter")
            for round in 0..<Self.rounds {
                let unit = try await app.leasingUnit(orgs.a, building: building, label: "R\(round)")
                let lease = try await app.createLease(orgs.a, unit: unit, tenant: tenant, start: "2026-01-01")
                // Odd rounds generate for the whole organization, even ones for this lease.
                var variables: [String: Value] = ["m": .string("2026-07")]
                if round % 2 == 0 { variables["l"] = .string(lease) }
                async let end = app.graphQL(LeaseTests.end, variables: [
                    "id": .string(lease), "input": .object(["endDate": .string("2026-06-30")]),
                ], as: orgs.a, "MANAGER")
                async let generate = app.graphQL(LeaseEndRentTests.generate, variables: variables, as: orgs.a, "OWNER")
                let (r1, r2) = try await (end, generate)
                #expect(r1.errors.isEmpty, "\(r1.text)")
                #expect(r2.errors.isEmpty, "\(r2.text)")
                #expect(try await app.count(Self.rentAfterEnd) == 0)
            }
            #expect(try await app.count("SELECT COUNT(*) FROM leases WHERE status = 'ENDED'") == Self.rounds)
        }
    }

    @Test func endingALeaseMidMonthRacingGenerationOfThatMonthOwesOnlyTheProratedRent() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let building = try await app.leasingBuilding(orgs.a)
            let tenant = try await app.createTenant(orgs.a, "Renter")
            for round in 0..<Self.rounds {
                let unit = try await app.leasingUnit(orgs.a, building: building, label: "R\(round)")
                let lease = try await app.createLease(orgs.a, unit: unit, tenant: tenant, start: "2026-01-01")
                async let end = app.graphQL(LeaseTests.end, variables: [
                    "id": .string(lease), "input": .object(["endDate": .string("2026-06-10")]),
                ], as: orgs.a, "MANAGER")
                async let generate = app.graphQL(LeaseEndRentTests.generate, variables: ["m": .string("2026-06"), "l": .string(lease)],
                                                 as: orgs.a, "OWNER")
                let (r1, r2) = try await (end, generate)
                #expect(r1.errors.isEmpty && r2.errors.isEmpty, "\(r1.text) \(r2.text)")
                // Whichever ran first, June stands once, at 10/30 of 500.00.
                let standing = try await app.pool.query(
                    "SELECT amount_minor FROM charges WHERE lease_id = ? AND voided_at IS NULL", [UUID(uuidString: lease)!])
                #expect(try standing.map { try $0.decode("amount_minor") as Int64 } == [16_667])
            }
        }
    }
}
