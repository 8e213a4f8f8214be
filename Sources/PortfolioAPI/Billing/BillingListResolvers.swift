import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.charges`, `Query.payments` (the organization's lists; a TENANT: their leases'
/// rows) and `Lease.charges`, `Lease.payments` (child connections, batched per execution
/// level: one statement for the pages of every lease, one grouped COUNT when `totalCount`
/// is selected), with the `ChargeConnection` and `PaymentConnection` types.
enum BillingListResolvers {
    static let table: [String: FieldResolver] = [
        "Query.charges": .async { _, a, c, _ in try await charges(a, try APIContext.from(c)) },
        "Query.payments": .async { _, a, c, _ in try await payments(a, try APIContext.from(c)) },
        "Lease.charges": .async { s, a, c, _ in
            let lease = try cast(s, as: LeaseRecord.self)
            let api = try APIContext.from(c)
            let list = try chargeList(a, api)
            return try await api.childConnection(list, parent: ChargeList.leaseColumn, of: lease.id, page: try PagingArguments.read(a, keyCount: 2))
        },
        "Lease.payments": .async { s, a, c, _ in
            let lease = try cast(s, as: LeaseRecord.self)
            let api = try APIContext.from(c)
            let list = try paymentList(a, api)
            return try await api.childConnection(list, parent: PaymentList.leaseColumn, of: lease.id, page: try PagingArguments.read(a, keyCount: 2))
        },
    ].merging(Connection.resolvers("Charge")) { a, _ in a }.merging(Connection.resolvers("Payment")) { a, _ in a }

    static func chargeList(_ arguments: ObjectValue, _ api: APIContext) throws -> ListQuery<ChargeRecord> {
        let scope = try api.recordScope(.chargesRead)
        let filter = try BillingListArguments.chargeFilter(arguments)
        let (field, ascending) = BillingListArguments.chargeOrder(arguments)
        return ChargeList.list(scope: scope, filter: filter, orderBy: field, ascending: ascending)
    }

    static func paymentList(_ arguments: ObjectValue, _ api: APIContext) throws -> ListQuery<PaymentRecord> {
        let scope = try api.recordScope(.paymentsRead)
        let filter = try BillingListArguments.paymentFilter(arguments)
        let (field, ascending) = BillingListArguments.paymentOrder(arguments)
        return PaymentList.list(scope: scope, filter: filter, orderBy: field, ascending: ascending)
    }

    static func charges(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        try await connection(try chargeList(arguments, api), arguments, api)
    }

    static func payments(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        try await connection(try paymentList(arguments, api), arguments, api)
    }

    /// One tagged page of `list` (a cursor of another order is BAD_USER_INPUT); the count
    /// runs only when `totalCount` is selected.
    static func connection<Row: RowDecodable>(_ list: ListQuery<Row>, _ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        return try await api.connection(list, page: paging)
    }
}
