import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// Argument reading and error builders shared by the leasing resolvers.
enum LeasingArguments {
    /// The code of a tenant delete refused because the tenant is a party of a lease.
    static let tenantHasLeases = "TENANT_HAS_LEASES"
    /// The code of a user that cannot be linked to a tenant (not an active TENANT member).
    static let notTenantUser = "NOT_A_TENANT_USER"

    /// The UUID argument `key`; nil when absent or malformed (callers answer NOT_FOUND).
    static func id(_ arguments: ObjectValue, _ key: String = "id") -> UUID? {
        guard case .string(let text)? = arguments[key] else { return nil }
        return UUID(uuidString: text)
    }

    /// BAD_USER_INPUT naming one field.
    static func bad(_ field: String, _ code: String, _ message: String) -> GraphQLError {
        APIErrors.badUserInput([FieldError(field: field, code: code, message: message)])
    }

    /// The domain's view of a stored lease, for overlap and occupancy rules.
    static func occupancy(_ lease: LeaseRecord) -> LeaseOccupancyRecord {
        LeaseOccupancyRecord(
            leaseId: EntityID(lease.id.lowercased()), unitId: EntityID(lease.unitID.lowercased()),
            startDate: lease.startDate, endDate: lease.endDate, status: LeaseStatus(rawValue: lease.status) ?? .active)
    }
}
