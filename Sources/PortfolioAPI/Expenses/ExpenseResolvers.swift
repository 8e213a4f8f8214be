import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// `Query.expense`, `Query.expenses` and the fields of `Expense` (behind EXPENSES_READ).
/// Attachments of a page of expenses load in one batched query (the request's DataLoader).
enum ExpenseResolvers {
    static let table: [String: FieldResolver] = Connection.resolvers("Expense").merging(fields) { a, _ in a }.merging([
        "Query.expense": .async { _, arguments, context, _ in
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.expensesRead)
            guard case .string(let id)? = arguments["id"], let expense = try await api.record(ExpenseRecord.self, id: id, scope: scope) else {
                throw APIErrors.notFound("Expense not found.")
            }
            return expense
        },
        "Query.expenses": .async { _, arguments, context, _ in try await expenses(arguments, try APIContext.from(context)) },
    ]) { a, _ in a }

    static let fields: [String: FieldResolver] = [
        "Expense.id": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).id },
        "Expense.buildingId": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).buildingID },
        "Expense.unitId": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).unitID },
        "Expense.category": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).category },
        "Expense.vendor": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).vendor },
        "Expense.amount": .sync { source, _, context, _ in
            Money(minorUnits: try cast(source, as: ExpenseRecord.self).amountMinor, currency: try APIContext.from(context).organizationCurrency())
        },
        "Expense.spentOn": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).spentOn },
        "Expense.description": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).description },
        "Expense.createdAt": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).createdAt },
        "Expense.updatedAt": .sync { source, _, _, _ in try cast(source, as: ExpenseRecord.self).updatedAt },
        "Expense.attachments": .async { source, _, context, _ in
            let expense = try cast(source, as: ExpenseRecord.self)
            let api = try APIContext.from(context)
            let scope = try api.recordScope(.expensesRead)
            return try await api.children(AttachmentRecord.self, by: "owner_id", of: expense.id, scope: scope, orderBy: "created_at")
                .filter { $0.ownerKind == .expense }
        },
    ]

    static func expenses(_ arguments: ObjectValue, _ api: APIContext) async throws -> Connection {
        let scope = try api.recordScope(.expensesRead)
        let paging = try PagingArguments.read(arguments, keyCount: 2)
        let filterInput = InputObject(arguments, "filter")
        var errors: [FieldError] = []
        var filter = ExpenseRepository.Filter()
        // An id that is not a UUID can match nothing: an empty list, like an id of another org.
        var matchesNothing = false
        if let text = filterInput.string("buildingId") {
            if let id = UUID(uuidString: text) { filter.buildingID = id } else { matchesNothing = true }
        }
        if let text = filterInput.string("unitId") {
            if let id = UUID(uuidString: text) { filter.unitID = id } else { matchesNothing = true }
        }
        if let category = filterInput.string("category")?.trimmingCharacters(in: .whitespacesAndNewlines), !category.isEmpty {
            filter.category = category
        }
        filter.spentFrom = InputValidation.date(filterInput.string("spentFrom"), field: "filter.spentFrom", into: &errors)
        filter.spentTo = InputValidation.date(filterInput.string("spentTo"), field: "filter.spentTo", into: &errors)
        if let from = filter.spentFrom, let to = filter.spentTo, to < from {
            errors.append(FieldError(field: "filter.spentTo", code: ErrorCode.datesOutOfOrder, message: "spentTo must not be before spentFrom"))
        }
        try InputValidation.finish(errors)
        let order = InputObject(arguments, "orderBy")
        let field = order.string("field").flatMap(ExpenseRepository.OrderField.init(rawValue:)) ?? .spentOn
        let ascending = order.string("direction").map { $0 == "ASC" } ?? false
        var query = ExpenseRepository.list(scope: scope, filter: filter, orderBy: field, ascending: ascending)
        if matchesNothing { query.conditions.add("FALSE") }
        let list = query
        return try await api.connection(list, page: paging)
    }
}

