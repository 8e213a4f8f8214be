import GraphQLEngine
import MariaDB
import PortfolioRepositories

extension APIContext {
    /// The record with `id` in `scope`, nil when absent. Loads of sibling fields in one
    /// execution step share one `SELECT … WHERE id IN (…)` (the request's DataLoader).
    func record<R: Record>(_ type: R.Type, id: String, scope: RecordScope) async throws -> R? {
        let pool = try requirePool()
        let loader: DataLoader<String, R?> = loaders.loader("\(R.table).id/\(scope)") {
            DataLoader(maxBatchDelay: LoaderRegistry.fallbackDelay) { ids in
                let found = try await pool.withConnection { try await RecordLookup.fetch(R.self, ids: ids, scope: scope, on: $0) }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()]) })
            }
        }
        return try await loader.load(id)
    }

    /// The record with the id in `argument` of `arguments`, or `NOT_FOUND` naming `what`
    /// when it is absent, malformed, of another organization or (for a tenant) not their own:
    /// what every `thing(id:)` query answers, so nothing tells "elsewhere" from "nowhere".
    func requireRecord<R: Record>(
        _ type: R.Type, _ arguments: ObjectValue, _ argument: String = "id", scope: RecordScope, what: String
    ) async throws -> R {
        guard case .string(let id)? = arguments[argument], let record = try await record(R.self, id: id, scope: scope) else {
            throw APIErrors.notFound("\(what) not found.")
        }
        return record
    }

    /// The records of `scope` whose UUID column `column` equals `parentID`, ordered by
    /// `orderBy`: a child list (a building's units). Batched like `record`.
    ///
    /// Call loaders from the resolver's own task, one after another: a load inside `async let`
    /// or a task group is not seen by the engine's batch coordinator and may be sent in a
    /// batch of its own (see `DataLoader`). To reach rows through another table, pass a
    /// qualified `column` and the `join` (e.g. a lease's allocations via its payments).
    func children<R: Record>(
        _ type: R.Type, by column: String, of parentID: String, scope: RecordScope, orderBy: String = "id", join: String = ""
    ) async throws -> [R] {
        let pool = try requirePool()
        let loader: DataLoader<String, [R]> = loaders.loader("\(R.table).\(column)/\(orderBy)/\(join)/\(scope)") {
            DataLoader(maxBatchDelay: LoaderRegistry.fallbackDelay) { ids in
                let found = try await pool.withConnection {
                    try await RecordLookup.fetch(R.self, column: column, values: ids, scope: scope, orderBy: orderBy, join: join, on: $0)
                }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()] ?? []) })
            }
        }
        return try await loader.load(parentID)
    }

    /// One page of `list` as a connection: every root list of the API. The page is one
    /// keyset statement whose cursors carry the list's order (a cursor of another order is
    /// refused, naming `after`/`before`); `totalCount` runs its COUNT only when selected.
    /// `node` turns a row into the value the schema's node type resolves from.
    func connection<Row: RowDecodable>(
        _ list: ListQuery<Row>, page request: PageRequest, node: @escaping (Row) -> any Sendable = { $0 }
    ) async throws -> Connection {
        let pool = try requirePool()
        let page = try await pool.withConnection { try await list.taggedPage(request, on: $0) }
        return Connection(page, node: node) { try await pool.withConnection { try await list.count(on: $0) } }
    }

    /// A page of `list` limited to the rows whose `parent` expression (e.g. `c.lease_id`)
    /// is `parentID`, as a connection: a child connection (`Lease.charges`). Every parent of
    /// an execution level asking the same list with the same paging shares one statement
    /// (`ListQuery.pages(partitionedBy:…)`, a window function per parent), and `totalCount`
    /// one grouped COUNT, only when selected. So a page of 50 leases with their charges costs
    /// what 5 do. `list` carries the scope and filters; load from the resolver's own task.
    func childConnection<Row: RowDecodable>(
        _ list: ListQuery<Row>, parent: String, of parentID: String, page request: PageRequest
    ) async throws -> Connection {
        let pool = try requirePool()
        let signature = list.signature
        let pages: DataLoader<String, RecordPage<Row>> = loaders.loader("childPage:\(parent)/\(request)/\(signature)") {
            DataLoader(maxBatchDelay: LoaderRegistry.fallbackDelay) { ids in
                let found = try await pool.withConnection { try await list.pages(partitionedBy: parent, parents: ids, request, on: $0) }
                let empty = RecordPage<Row>(rows: [], cursors: [], hasNextPage: false, hasPreviousPage: false)
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()] ?? empty) })
            }
        }
        let counts: DataLoader<String, Int> = loaders.loader("childCount:\(parent)/\(signature)") {
            DataLoader(maxBatchDelay: LoaderRegistry.fallbackDelay) { ids in
                let found = try await pool.withConnection { try await list.counts(partitionedBy: parent, parents: ids, on: $0) }
                return Dictionary(uniqueKeysWithValues: ids.map { ($0, found[$0.lowercased()] ?? 0) })
            }
        }
        let page = try await pages.load(parentID)
        return Connection(page) { try await counts.load(parentID) }
    }

    /// A per-request batched value keyed by id (a sum, a count) that is not a record:
    /// `fetch` gets every id queued in one execution step and returns the values it found;
    /// ids it leaves out get `missing`. `name` must be unique per kind of value.
    func batched<V: Sendable>(
        _ name: String, key: String, missing: V,
        _ fetch: @escaping @Sendable ([String], MariaDBConnection) async throws -> [String: V]
    ) async throws -> V {
        let pool = try requirePool()
        let loader: DataLoader<String, V> = loaders.loader("batched:\(name)") {
            DataLoader(maxBatchDelay: LoaderRegistry.fallbackDelay) { keys in
                let found = try await pool.withConnection { try await fetch(keys, $0) }
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, found[$0] ?? missing) })
            }
        }
        return try await loader.load(key)
    }
}

extension RecordLookup {
    /// The record with `id` in `scope` read on `connection` (inside a mutation's
    /// transaction), or `NOT_FOUND` naming `what`.
    static func require<R: Record>(
        _ type: R.Type, id: String, scope: RecordScope, what: String, on connection: MariaDBConnection
    ) async throws -> R {
        guard let record = try await find(R.self, id: id, scope: scope, on: connection) else {
            throw APIErrors.notFound("\(what) not found.")
        }
        return record
    }
}
