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

    /// An Int input field; nil when absent or null.
    static func int(_ input: InputObject, _ key: String) -> Int? {
        if case .int(let value)? = input.fields[key] { return value }
        return nil
    }

    /// A `[String!]` (or enum list) input field; nil when absent or null.
    static func strings(_ input: InputObject, _ key: String) -> [String]? {
        guard case .list(let items)? = input.fields[key] else { return nil }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// Today's date in UTC: "the current lease" of a unit is the one covering it.
    static func today(_ now: Date = Date()) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        // Calendar components of a real instant always form a valid date.
        return (try? LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
            ?? (try! LocalDate(year: 1970, month: 1, day: 1))
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
