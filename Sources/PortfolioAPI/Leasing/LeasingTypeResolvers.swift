import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// The fields of `Tenant`, `FamilyMember`, `Lease`, `LeaseParty`, `OccupancyEvent` and the
/// leasing fields of `Unit`. Every nested list goes through the request's loaders
/// (`api.children` / `api.record`), so a page of units with their current leases and
/// parties costs one SQL per nesting level, never one per row.
enum LeasingTypeResolvers {
    static let table: [String: FieldResolver] = tenant
        .merging(familyMember) { a, _ in a }
        .merging(lease) { a, _ in a }
        .merging(party) { a, _ in a }
        .merging(event) { a, _ in a }
        .merging(unit) { a, _ in a }
        .merging(Connection.resolvers("Tenant")) { a, _ in a }
        .merging(Connection.resolvers("Lease")) { a, _ in a }
        .merging(Connection.resolvers("OccupancyEvent")) { a, _ in a }

    static let tenant: [String: FieldResolver] = [
        "Tenant.id": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).id },
        "Tenant.fullName": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).fullName },
        "Tenant.email": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).email },
        "Tenant.phone": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).phone },
        "Tenant.status": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).status },
        "Tenant.identityType": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).identityType },
        "Tenant.identityNumber": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).identityNumber },
        "Tenant.notes": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).notes },
        "Tenant.userId": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).userID },
        "Tenant.createdAt": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).createdAt },
        "Tenant.updatedAt": .sync { source, _, _, _ in try cast(source, as: TenantRecord.self).updatedAt },
        "Tenant.familyMembers": .async { source, _, context, _ in
            let tenant = try cast(source, as: TenantRecord.self)
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.familyMembersRead)
            return try await api.children(FamilyMemberRecord.self, by: "tenant_id", of: tenant.id, scope: scope, orderBy: "created_at")
        },
        "Tenant.leases": .async { source, _, context, _ in
            let tenant = try cast(source, as: TenantRecord.self)
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.leasesRead)
            let leases = try await api.children(
                LeaseRecord.self, by: "lp.tenant_id", of: tenant.id, scope: scope, join: "JOIN lease_parties lp ON lp.lease_id = t.id")
            return leases.sorted { ($0.startDate, $0.id) > ($1.startDate, $1.id) }
        },
    ]

    static let familyMember: [String: FieldResolver] = [
        "FamilyMember.id": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).id },
        "FamilyMember.tenantId": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).tenantID },
        "FamilyMember.fullName": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).fullName },
        "FamilyMember.relationship": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).relationship },
        "FamilyMember.phone": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).phone },
        "FamilyMember.dateOfBirth": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).dateOfBirth },
        "FamilyMember.createdAt": .sync { source, _, _, _ in try cast(source, as: FamilyMemberRecord.self).createdAt },
    ]

    static let lease: [String: FieldResolver] = [
        "Lease.id": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).id },
        "Lease.unitId": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).unitID },
        "Lease.unit": .async { source, _, context, _ in
            let lease = try cast(source, as: LeaseRecord.self)
            let api = try APIContext.from(context)
            return try await api.record(UnitRecord.self, id: lease.unitID, scope: try api.recordScope(.unitsRead))
        },
        "Lease.startDate": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).startDate },
        "Lease.endDate": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).endDate },
        "Lease.rent": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: LeaseRecord.self).rentMinor, currency: try APIContext.from(context).organizationCurrency())
        },
        "Lease.deposit": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: LeaseRecord.self).depositMinor, currency: try APIContext.from(context).organizationCurrency())
        },
        "Lease.dueDay": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).dueDay },
        "Lease.status": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).status },
        "Lease.endReason": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).endReason },
        "Lease.endedAt": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).endedAt },
        "Lease.createdAt": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).createdAt },
        "Lease.updatedAt": .sync { source, _, _, _ in try cast(source, as: LeaseRecord.self).updatedAt },
        "Lease.parties": .async { source, _, context, _ in
            let lease = try cast(source, as: LeaseRecord.self)
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.leasesRead)
            let parties = try await api.children(LeasePartyRecord.self, by: "lease_id", of: lease.id, scope: scope, orderBy: "tenant_id")
            return parties.sorted { (rank($0.role), $0.tenantID) < (rank($1.role), $1.tenantID) }
        },
    ]

    /// Parties in role order: PRIMARY, CO_TENANT, GUARANTOR, OCCUPANT.
    static func rank(_ role: String) -> Int {
        ["PRIMARY", "CO_TENANT", "GUARANTOR", "OCCUPANT"].firstIndex(of: role) ?? 4
    }

    static let party: [String: FieldResolver] = [
        "LeaseParty.role": .sync { source, _, _, _ in try cast(source, as: LeasePartyRecord.self).role },
        "LeaseParty.tenantId": .sync { source, _, _, _ in try cast(source, as: LeasePartyRecord.self).tenantID },
        "LeaseParty.tenant": .async { source, _, context, _ in
            let party = try cast(source, as: LeasePartyRecord.self)
            let api = try APIContext.from(context)
            return try await api.record(TenantRecord.self, id: party.tenantID, scope: try api.recordScope(.tenantsRead))
        },
    ]

    static let event: [String: FieldResolver] = [
        "OccupancyEvent.id": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).id },
        "OccupancyEvent.unitId": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).unitID },
        "OccupancyEvent.leaseId": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).leaseID },
        "OccupancyEvent.kind": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).kind },
        "OccupancyEvent.occurredOn": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).occurredOn },
        "OccupancyEvent.note": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).note },
        "OccupancyEvent.createdAt": .sync { source, _, _, _ in try cast(source, as: OccupancyEventRecord.self).createdAt },
    ]

    static let unit: [String: FieldResolver] = [
        "Unit.currentLease": .async { source, _, context, _ in
            let unit = try cast(source, as: UnitRecord.self)
            let api = try APIContext.from(context)
            let leases = try await unitLeases(unit, api)
            let occupancy = UnitOccupancy(
                unitId: EntityID(unit.id.lowercased()), asOf: try api.organizationToday(), leases: leases.map(LeasingArguments.occupancy))
            guard let current = occupancy.currentLease else { return nil }
            return leases.first { $0.id.lowercased() == current.leaseId.rawValue }
        },
        // Newest first, paged per unit for every unit of the level in one statement.
        "Unit.leases": .async { source, arguments, context, _ in
            let unit = try cast(source, as: UnitRecord.self)
            let api = try APIContext.from(context)
            let list = LeaseRepository.list(scope: try api.recordScope(.leasesRead), filter: .init(), orderBy: .startDate, ascending: false)
            return try await api.childConnection(
                list, parent: LeaseRepository.unitColumn, of: unit.id, page: try PagingArguments.read(arguments, keyCount: 2))
        },
        "Unit.occupancyEvents": .async { source, arguments, context, _ in
            let unit = try cast(source, as: UnitRecord.self)
            let api = try APIContext.from(context)
            let list = OccupancyEventRepository.list(scope: try api.recordScope(.leasesRead))
            return try await api.childConnection(
                list, parent: OccupancyEventRepository.unitColumn, of: unit.id, page: try PagingArguments.read(arguments, keyCount: 2))
        },
    ]

    /// The unit's leases visible to the request, newest start first (one batch per level).
    static func unitLeases(_ unit: UnitRecord, _ api: APIContext) async throws -> [LeaseRecord] {
        let scope = try api.recordScope(.leasesRead)
        return try await api.children(LeaseRecord.self, by: "unit_id", of: unit.id, scope: scope, orderBy: "start_date")
            .sorted { ($0.startDate, $0.id.lowercased()) > ($1.startDate, $1.id.lowercased()) }
    }
}
