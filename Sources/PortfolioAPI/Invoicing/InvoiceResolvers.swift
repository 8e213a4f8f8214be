import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.invoice`, `Query.invoices` and the fields of `Invoice` and `InvoiceLine` (behind
/// INVOICES_READ; a TENANT sees the invoices of their own leases). Lines of a page of
/// invoices load in one batched query (the request's DataLoader), their charges in another.
enum InvoiceResolvers {
    static let table: [String: FieldResolver] = Connection.resolvers("Invoice").merging(fields) { a, _ in a }.merging([
        "Query.invoice": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.invoicesRead)
            guard case .string(let id)? = arguments["id"], let invoice = try await api.record(InvoiceRecord.self, id: id, scope: scope) else {
                throw APIErrors.notFound("Invoice not found.")
            }
            return invoice
        },
        "Query.invoices": .async { _, arguments, context, _ in try await invoices(arguments, try APIContext.from(context)) },
        "Lease.invoices": .async { source, arguments, context, _ in
            let lease = try cast(source, as: LeaseRecord.self)
            var filtered = arguments
            var filter: ObjectValue = ["leaseId": .string(lease.id)]
            if let status = arguments["status"] { filter["status"] = status }
            filtered["filter"] = .object(filter)
            return try await invoices(filtered, try APIContext.from(context))
        },
    ]) { a, _ in a }

    static let fields: [String: FieldResolver] = [
        "Invoice.id": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).id },
        "Invoice.number": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).number },
        "Invoice.lease": .async { source, _, context, _ in
            let invoice = try cast(source, as: InvoiceRecord.self)
            let api = try APIContext.from(context)
            return try await api.record(LeaseRecord.self, id: invoice.leaseID, scope: try api.recordScope(.leasesRead))
        },
        "Invoice.status": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).status.rawValue },
        "Invoice.issueDate": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).issueDate },
        "Invoice.dueDate": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).dueDate },
        "Invoice.createdAt": .sync { source, _, _, _ in try cast(source, as: InvoiceRecord.self).createdAt },
        "Invoice.lines": .async { source, _, context, _ in try await lines(source, try APIContext.from(context)) },
        "Invoice.total": .async { source, _, context, _ in
            let api = try APIContext.from(context)
            let currency = try api.organizationCurrency()
            return try Money.sum(try await lines(source, api).map { Money(minorUnits: $0.amountMinor, currency: currency) }, currency: currency)
        },
        "InvoiceLine.charge": .async { source, _, context, _ in
            let line = try cast(source, as: InvoiceLineRecord.self)
            let api = try APIContext.from(context)
            return try await api.record(ChargeRecord.self, id: line.chargeID, scope: try api.recordScope(.chargesRead))
        },
        "InvoiceLine.description": .sync { source, _, _, _ in try cast(source, as: InvoiceLineRecord.self).description },
        "InvoiceLine.amount": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: InvoiceLineRecord.self).amountMinor, currency: try APIContext.from(context).organizationCurrency())
        },
    ]

    /// The invoice's lines, oldest charge due first (the id breaks ties).
    static func lines(_ source: any Sendable, _ api: APIContext) async throws -> [InvoiceLineRecord] {
        let invoice = try cast(source, as: InvoiceRecord.self)
        let scope = try api.recordScope(.invoicesRead)
        return try await api.children(InvoiceLineRecord.self, by: "invoice_id", of: invoice.id, scope: scope, orderBy: "due_date, t.charge_id")
    }

    static func invoices(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.invoicesRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let filterInput = InputObject(arguments, "filter")
        var filter = InvoiceRepository.Filter()
        // A lease id that is not a UUID matches nothing: an empty list, like another org's id.
        var matchesNothing = false
        if let text = filterInput.string("leaseId") {
            if let id = UUID(uuidString: text) { filter.leaseID = id } else { matchesNothing = true }
        }
        filter.status = filterInput.string("status").flatMap(InvoiceStatus.init(rawValue:))
        var query = InvoiceRepository.list(scope: scope, filter: filter)
        if matchesNothing { query.conditions.add("FALSE") }
        let list = query
        return try await api.connection(list, page: paging)
    }
}
