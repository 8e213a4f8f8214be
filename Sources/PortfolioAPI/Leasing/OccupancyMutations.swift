import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `recordOccupancyEvent`: a MANUAL entry in a unit's occupancy log (retroactive move-ins,
/// inspections). The lease, when given, must be one of that unit.
enum OccupancyMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.recordOccupancyEvent": .async { _, arguments, context, _ in try await record(arguments, try APIContext.from(context)) },
    ]

    static func record(_ arguments: ObjectValue, _ api: APIContext) async throws -> OccupancyEventRecord {
        let scope = try api.recordScope(.occupancyEventsManage)
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let occurredOn = InputValidation.date(input.string("occurredOn"), field: "occurredOn", into: &errors)
        let note = InputValidation.text(input.string("note") ?? "", field: "note", label: "Note", maximum: 500, into: &errors)
        try InputValidation.finish(errors)
        guard let unitID = LeasingArguments.id(input.fields, "unitId") else { throw APIErrors.notFound("Unit not found.") }
        var leaseID: UUID?
        if let text = input.string("leaseId") {
            guard let id = UUID(uuidString: text) else { throw APIErrors.notFound("Lease not found.") }
            leaseID = id
        }
        guard let occurredOn else { throw APIErrors.badUserInput([]) }
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard try await LeaseRepository.lockUnit(unitID, orgID: scope.orgID, on: connection) != nil else {
                throw APIErrors.notFound("Unit not found.")
            }
            if let leaseID {
                let lease = try await RecordLookup.require(LeaseRecord.self, id: leaseID.uuidString, scope: scope, what: "Lease", on: connection)
                if UUID(uuidString: lease.unitID) != unitID {
                    throw LeasingArguments.bad("leaseId", ErrorCode.mismatch, "The lease is not a lease of this unit")
                }
            }
            try await OccupancyEventRepository.insert(
                id: id, orgID: scope.orgID, unitID: unitID, leaseID: leaseID, kind: "MANUAL", occurredOn: occurredOn,
                note: note, now: Date(), on: connection)
            return try await RecordLookup.require(OccupancyEventRecord.self, id: id.uuidString, scope: scope, what: "Occupancy event", on: connection)
        }
    }
}
