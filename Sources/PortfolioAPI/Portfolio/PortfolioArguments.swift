import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// Argument reading shared by the portfolio resolvers: ids, ordering, ints and string
/// lists of input objects, "today" for derived occupancy, and the portfolio error codes.
enum PortfolioArguments {
    /// The code of a delete refused because other rows still use the record.
    static let inUse = "IN_USE"

    /// The UUID argument `key`; nil when absent or malformed (callers answer NOT_FOUND).
    static func id(_ arguments: ObjectValue, _ key: String = "id") -> UUID? {
        guard case .string(let text)? = arguments[key] else { return nil }
        return UUID(uuidString: text)
    }

    /// `orderBy: PortfolioOrder` or the list's default.
    static func order(_ arguments: ObjectValue, default field: PortfolioListOrder) -> (PortfolioListOrder, Bool) {
        let order = InputObject(arguments, "orderBy")
        let field = order.string("field").flatMap(PortfolioListOrder.init(rawValue:)) ?? field
        let ascending = order.string("direction").map { $0 == "ASC" } ?? true
        return (field, ascending)
    }

    /// BAD_USER_INPUT naming `field` with code ALREADY_EXISTS.
    static func taken(_ field: String, _ message: String) -> GraphQLError {
        APIErrors.badUserInput([FieldError(field: field, code: ErrorCode.alreadyExists, message: message)])
    }

    /// BAD_USER_INPUT naming `field` with code IN_USE.
    static func inUse(_ field: String, _ message: String) -> GraphQLError {
        APIErrors.badUserInput([FieldError(field: field, code: inUse, message: message)])
    }

    /// Runs `body`, turning a duplicate-key error into `error`.
    static func mappingDuplicate<R>(_ error: GraphQLError, _ body: () async throws -> R) async throws -> R {
        do {
            return try await body()
        } catch let failure as MariaDBError {
            if case .duplicateKey = failure.kind { throw error }
            throw failure
        }
    }
}

extension APIContext {
    /// Whether an active lease covers today for the unit: one query per request level for
    /// all units asked (the request's DataLoader), never one per unit.
    func isOccupied(unitID: String) async throws -> Bool {
        let pool = try requirePool()
        let today = try organizationToday()
        let loader: DataLoader<String, Bool> = loaders.loader("units.occupied/\(today)") {
            DataLoader { ids in
                let occupied = try await pool.withConnection { try await UnitRepository.occupied(ids, today: today, on: $0) }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, occupied.contains($0.lowercased())) })
            }
        }
        return try await loader.load(unitID)
    }
}
