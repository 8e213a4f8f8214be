import Foundation
import GraphQLEngine
import Testing

/// "Today" is the organization's day (`organizations.timezone`), not the UTC day: a lease of
/// one day that is today on the far side of the date line is the unit's current lease there,
/// and a birth "today" there is not in the future. Both hold at any hour of the UTC day.
@Suite struct OrganizationTodayTests {
    static func today(in zone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test func currentLeaseAndBirthDatesFollowTheOrganizationsTimeZone() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let zone = "Pacific/Kiritimati"  // UTC+14: its day is ahead of UTC's most of the time
            let changed = try await app.graphQL(
                "mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { timezone } }",
                variables: ["i": .object(["timezone": .string(zone)])], as: orgs.a, "OWNER")
            #expect(changed.data?["updateOrganization"]?["timezone"] == .string(zone), "\(changed.text)")
            let day = Self.today(in: zone)
            let unit = try await app.leasingUnit(orgs.a, building: try await app.leasingBuilding(orgs.a))
            let tenant = try await app.createTenant(orgs.a, "Islander")
            _ = try await app.createLease(orgs.a, unit: unit, tenant: tenant, start: day, end: day)
            let current = try await app.graphQL("query($u: ID!) { unit(id: $u) { currentLease { startDate } } }",
                                                variables: ["u": .string(unit)], as: orgs.a, "MANAGER")
            #expect(current.data?["unit"]?["currentLease"]?["startDate"] == .string(day), "\(current.text)")

            let born = try await app.graphQL(
                "mutation($t: ID!, $i: AddFamilyMemberInput!) { addFamilyMember(tenantId: $t, input: $i) { dateOfBirth } }",
                variables: ["t": .string(tenant), "i": .object(["fullName": .string("Newborn"), "dateOfBirth": .string(day)])],
                as: orgs.a, "MANAGER")
            #expect(born.data?["addFamilyMember"]?["dateOfBirth"] == .string(day), "\(born.text)")
        }
    }
}
