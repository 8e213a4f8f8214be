import GraphQLEngine
import PortfolioRepositories

extension APIContext {
    /// The record with `id` in `scope`, nil when absent. Loads of sibling fields in one
    /// execution step share one `SELECT … WHERE id IN (…)` (the request's DataLoader).
    func record<R: Record>(_ type: R.Type, id: String, scope: RecordScope) async throws -> R? {
        let pool = try requirePool()
        let loader: DataLoader<String, R?> = loaders.loader("\(R.table).id/\(scope)") {
            DataLoader { ids in
                let found = try await pool.withConnection { try await RecordLookup.fetch(R.self, ids: ids, scope: scope, on: $0) }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()]) })
            }
        }
        return try await loader.load(id)
    }

    /// The records of `scope` whose UUID column `column` equals `parentID`, ordered by
    /// `orderBy`: a child list (a building's units). Batched like `record`.
    func children<R: Record>(
        _ type: R.Type, by column: String, of parentID: String, scope: RecordScope, orderBy: String = "id"
    ) async throws -> [R] {
        let pool = try requirePool()
        let loader: DataLoader<String, [R]> = loaders.loader("\(R.table).\(column)/\(orderBy)/\(scope)") {
            DataLoader { ids in
                let found = try await pool.withConnection {
                    try await RecordLookup.fetch(R.self, column: column, values: ids, scope: scope, orderBy: orderBy, on: $0)
                }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()] ?? []) })
            }
        }
        return try await loader.load(parentID)
    }
}
