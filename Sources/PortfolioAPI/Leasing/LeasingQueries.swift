import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.tenant`, `Query.myTenant`, `Query.tenants`, `Query.lease`, `Query.leases`. A TENANT
/// user's scope narrows every one of them to their own tenant record and its leases.
enum LeasingQueries {
    static let table: [String: FieldResolver] = [
        "Query.tenant": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.tenantsRead)
            // Another organization's (or, for a TENANT user, someone else's) tenant is NOT_FOUND.
            guard case .string(let id)? = arguments["id"],
                  let tenant = try await api.record(TenantRecord.self, id: id, scope: scope)
            else { throw APIErrors.notFound("Tenant not found.") }
            return tenant
        },
        "Query.myTenant": .async { _, _, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.tenantsRead)
            let viewer = try api.requireViewer()
            guard let userID = UUID(uuidString: viewer.userID) else { return nil }
            // The viewer's own row, whatever their role: a tenant scope already narrows to it.
            let own = RecordScope(orgID: scope.orgID, tenantUserID: userID)
            let list = TenantRepository.list(scope: own, filter: .init(), orderBy: .createdAt, ascending: true)
            let pool = try api.requirePool()
            return try await pool.withConnection { try await list.all(limit: 1, on: $0) }.first
        },
        "Query.tenants": .async { _, arguments, context, _ in try await tenants(arguments, try APIContext.from(context)) },
        "Query.lease": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.leasesRead)
            guard case .string(let id)? = arguments["id"],
                  let lease = try await api.record(LeaseRecord.self, id: id, scope: scope)
            else { throw APIErrors.notFound("Lease not found.") }
            return lease
        },
        "Query.leases": .async { _, arguments, context, _ in try await leases(arguments, try APIContext.from(context)) },
    ]

    static func tenants(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.tenantsRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let filterInput = InputObject(arguments, "filter")
        var filter = TenantRepository.Filter()
        if let search = filterInput.string("search")?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty {
            filter.search = search
        }
        filter.statuses = filterInput.strings("status")
        let order = InputObject(arguments, "orderBy")
        let field = order.string("field").flatMap(TenantRepository.OrderField.init(rawValue:)) ?? .fullName
        let ascending = order.string("direction").map { $0 == "ASC" } ?? true
        let list = TenantRepository.list(scope: scope, filter: filter, orderBy: field, ascending: ascending)
        return try await api.connection(list, page: paging)
    }

    static func leases(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.leasesRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let filterInput = InputObject(arguments, "filter")
        var errors: [FieldError] = []
        var filter = LeaseRepository.Filter()
        // An id that is not a UUID matches nothing: an empty list, like an id of another org.
        var matchesNothing = false
        func uuid(_ key: String) -> UUID? {
            guard let text = filterInput.string(key) else { return nil }
            guard let id = UUID(uuidString: text) else {
                matchesNothing = true
                return nil
            }
            return id
        }
        filter.unitID = uuid("unitId")
        filter.buildingID = uuid("buildingId")
        filter.tenantID = uuid("tenantId")
        filter.status = filterInput.string("status")
        filter.activeOn = InputValidation.date(filterInput.string("activeOn"), field: "filter.activeOn", into: &errors)
        try InputValidation.finish(errors)
        let order = InputObject(arguments, "orderBy")
        let field = order.string("field").flatMap(LeaseRepository.OrderField.init(rawValue:)) ?? .startDate
        let ascending = order.string("direction").map { $0 == "ASC" } ?? false
        var query = LeaseRepository.list(scope: scope, filter: filter, orderBy: field, ascending: ascending)
        if matchesNothing { query.conditions.add("FALSE") }
        let list = query
        return try await api.connection(list, page: paging)
    }
}
