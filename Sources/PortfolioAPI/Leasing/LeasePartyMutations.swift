import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `addLeaseParty`, `removeLeaseParty`, `makeLeasePartyPrimary`: editing who is on an ACTIVE
/// lease. Each runs in one transaction that locks the unit and the lease row (the order of
/// every lease write) and reads the parties with a locking read, so concurrent edits of one
/// lease are serialised and the invariants hold: at least one party, exactly one PRIMARY,
/// each tenant once, every tenant of the lease's organization.
enum LeasePartyMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.addLeaseParty": .async { _, arguments, context, _ in try await add(arguments, try APIContext.from(context)) },
        "Mutation.removeLeaseParty": .async { _, arguments, context, _ in try await remove(arguments, try APIContext.from(context)) },
        "Mutation.makeLeasePartyPrimary": .async { _, arguments, context, _ in try await makePrimary(arguments, try APIContext.from(context)) },
    ]

    /// Removing the only party of a lease.
    static let lastParty = "LAST_PARTY"
    /// A tenant that is not a party of the lease where one is required.
    static let notAParty = "NOT_A_PARTY"
    static let primary = "PRIMARY"
    static let coTenant = "CO_TENANT"
    /// The roles `addLeaseParty` accepts (the PRIMARY is chosen with `makeLeasePartyPrimary`).
    static let addableRoles: Set<String> = ["CO_TENANT", "GUARANTOR", "OCCUPANT"]

    static func add(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        let input = InputObject(arguments)
        let role = input.string("role") ?? ""
        if !addableRoles.contains(role) {
            try InputValidation.finish([FieldError(
                field: "role", code: ErrorCode.outOfRange,
                message: "A party is added as CO_TENANT, GUARANTOR or OCCUPANT; make them primary with makeLeasePartyPrimary")])
        }
        guard let leaseID = LeasingArguments.id(arguments, "leaseId") else { throw APIErrors.notFound("Lease not found.") }
        guard let tenantID = LeasingArguments.id(input.fields, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let lease = try await lockActiveLease(leaseID, scope, on: connection)
            try await requireTenants([tenantID], orgID: scope.orgID, on: connection)
            let parties = try await LeaseRepository.parties(of: leaseID, lock: true, on: connection)
            if parties.contains(where: { same($0.tenantID, tenantID) }) {
                throw LeasingArguments.bad("tenantId", ErrorCode.duplicate, "The tenant is already a party of the lease")
            }
            try await LeaseRepository.insertParty(leaseID: leaseID, tenantID: tenantID, role: role, orgID: scope.orgID, on: connection)
            try await LeaseRepository.touch(leaseID, now: Date(), on: connection)
            return try await LeaseMutations.reread(UUID(uuidString: lease.id)!, scope, on: connection)
        }
    }

    /// Removes a party; never the last one. Removing the PRIMARY needs `newPrimaryTenantId`
    /// (another party of the lease, who becomes PRIMARY); it is refused without.
    static func remove(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        guard let leaseID = LeasingArguments.id(arguments, "leaseId") else { throw APIErrors.notFound("Lease not found.") }
        guard let tenantID = LeasingArguments.id(arguments, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let newPrimaryGiven = arguments["newPrimaryTenantId"].map { !$0.isNull } ?? false
        let newPrimary = LeasingArguments.id(arguments, "newPrimaryTenantId")
        if newPrimaryGiven, newPrimary == nil { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let lease = try await lockActiveLease(leaseID, scope, on: connection)
            try await requireTenants([tenantID] + (newPrimary.map { [$0] } ?? []), orgID: scope.orgID, on: connection)
            let parties = try await LeaseRepository.parties(of: leaseID, lock: true, on: connection)
            guard let removed = parties.first(where: { same($0.tenantID, tenantID) }) else {
                throw LeasingArguments.bad("tenantId", notAParty, "The tenant is not a party of the lease")
            }
            if parties.count == 1 {
                throw LeasingArguments.bad("tenantId", lastParty, "A lease keeps at least one party; end the lease instead")
            }
            var promote: UUID?
            if removed.role == primary {
                guard let newPrimary else {
                    throw LeasingArguments.bad("newPrimaryTenantId", ErrorCode.required,
                                               "The primary tenant is removed only when another party is named to become primary")
                }
                if newPrimary == tenantID {
                    throw LeasingArguments.bad("newPrimaryTenantId", ErrorCode.mismatch, "The new primary tenant must be another party")
                }
                guard parties.contains(where: { same($0.tenantID, newPrimary) }) else {
                    throw LeasingArguments.bad("newPrimaryTenantId", notAParty, "The new primary tenant must already be a party of the lease")
                }
                promote = newPrimary
            } else if newPrimary != nil {
                throw LeasingArguments.bad("newPrimaryTenantId", ErrorCode.mismatch,
                                           "A new primary is named only when the primary tenant is removed; use makeLeasePartyPrimary")
            }
            try await LeaseRepository.deleteParty(leaseID: leaseID, tenantID: tenantID, on: connection)
            if let promote {
                try await LeaseRepository.setPartyRole(leaseID: leaseID, tenantID: promote, role: primary, on: connection)
            }
            try await LeaseRepository.touch(leaseID, now: Date(), on: connection)
            return try await LeaseMutations.reread(UUID(uuidString: lease.id)!, scope, on: connection)
        }
    }

    /// Makes a party the PRIMARY; the former primary becomes a CO_TENANT. A no-op when the
    /// tenant already is the primary.
    static func makePrimary(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        guard let leaseID = LeasingArguments.id(arguments, "leaseId") else { throw APIErrors.notFound("Lease not found.") }
        guard let tenantID = LeasingArguments.id(arguments, "tenantId") else { throw APIErrors.notFound("Tenant not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let lease = try await lockActiveLease(leaseID, scope, on: connection)
            try await requireTenants([tenantID], orgID: scope.orgID, on: connection)
            let parties = try await LeaseRepository.parties(of: leaseID, lock: true, on: connection)
            guard let party = parties.first(where: { same($0.tenantID, tenantID) }) else {
                throw LeasingArguments.bad("tenantId", notAParty, "The tenant is not a party of the lease; add them first")
            }
            if party.role != primary {
                for former in parties where former.role == primary {
                    guard let formerID = UUID(uuidString: former.tenantID) else { continue }
                    try await LeaseRepository.setPartyRole(leaseID: leaseID, tenantID: formerID, role: coTenant, on: connection)
                }
                try await LeaseRepository.setPartyRole(leaseID: leaseID, tenantID: tenantID, role: primary, on: connection)
                try await LeaseRepository.touch(leaseID, now: Date(), on: connection)
            }
            return try await LeaseMutations.reread(UUID(uuidString: lease.id)!, scope, on: connection)
        }
    }

    /// The lease in scope, unit and lease rows locked; NOT_FOUND outside the scope,
    /// BAD_USER_INPUT `leaseId` (ILLEGAL_TRANSITION) when it is not ACTIVE.
    static func lockActiveLease(_ id: UUID, _ scope: RecordScope, on connection: MariaDBConnection) async throws -> LeaseRecord {
        let lease = try await LeaseMutations.lockLease(id, scope, on: connection)
        guard lease.status == LeaseStatus.active.rawValue else {
            throw LeasingArguments.bad("leaseId", ErrorCode.illegalTransition, "Only an active lease's parties can be changed; this one is \(lease.status)")
        }
        return lease
    }

    /// NOT_FOUND unless every id is a tenant of the organization (rows share-locked).
    static func requireTenants(_ ids: [UUID], orgID: UUID, on connection: MariaDBConnection) async throws {
        let known = try await LeaseRepository.existingTenants(ids, orgID: orgID, on: connection)
        if ids.contains(where: { !known.contains($0.uuidString.lowercased()) }) { throw APIErrors.notFound("Tenant not found.") }
    }

    static func same(_ stored: String, _ id: UUID) -> Bool { stored.lowercased() == id.uuidString.lowercased() }
}
