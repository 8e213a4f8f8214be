import GraphQLEngine
import PortfolioRepositories

/// What every `…Connection` type of the schema resolves from: one page of nodes with their
/// cursors and paging state, and the total count computed only when a client asks for it.
/// One shape for all lists keeps `pageInfo` and cursors identical across the API.
struct Connection: Sendable {
    struct Edge: Sendable {
        let cursor: String
        let node: any Sendable
    }

    let edges: [Edge]
    let hasNextPage: Bool
    let hasPreviousPage: Bool
    /// Runs the COUNT query; only `totalCount` calls it.
    let totalCount: @Sendable () async throws -> Int

    init(edges: [Edge], hasNextPage: Bool, hasPreviousPage: Bool, totalCount: @escaping @Sendable () async throws -> Int) {
        self.edges = edges
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        self.totalCount = totalCount
    }

    /// A connection over a repository page; `node` turns a row into the GraphQL parent value.
    init<Row>(_ page: RecordPage<Row>, node: (Row) -> any Sendable = { $0 }, totalCount: @escaping @Sendable () async throws -> Int) {
        self.init(
            edges: zip(page.rows, page.cursors).map { Edge(cursor: $1.encoded, node: node($0)) },
            hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, totalCount: totalCount)
    }

    /// The resolvers of `<name>Connection` (`edges`, `nodes`, `pageInfo`, `totalCount`) and
    /// `<name>Edge` (`cursor`, `node`). Every connection type of the schema has all six
    /// fields (the engine refuses a resolver for a field the schema lacks).
    static func resolvers(_ name: String) -> [String: FieldResolver] {
        [
            "\(name)Connection.edges": .sync { source, _, _, _ in try cast(source, as: Connection.self).edges },
            "\(name)Connection.nodes": .sync { source, _, _, _ in try cast(source, as: Connection.self).edges.map(\.node) },
            "\(name)Connection.pageInfo": .sync { source, _, _, _ in try cast(source, as: Connection.self) },
            "\(name)Connection.totalCount": .async { source, _, _, _ in try await cast(source, as: Connection.self).totalCount() },
            "\(name)Edge.cursor": .sync { source, _, _, _ in try cast(source, as: Edge.self).cursor },
            "\(name)Edge.node": .sync { source, _, _, _ in try cast(source, as: Edge.self).node },
        ]
    }

    /// The resolvers of the shared `PageInfo` type.
    static let pageInfoResolvers: [String: FieldResolver] = [
        "PageInfo.hasNextPage": .sync { source, _, _, _ in try cast(source, as: Connection.self).hasNextPage },
        "PageInfo.hasPreviousPage": .sync { source, _, _, _ in try cast(source, as: Connection.self).hasPreviousPage },
        "PageInfo.startCursor": .sync { source, _, _, _ in try cast(source, as: Connection.self).edges.first?.cursor },
        "PageInfo.endCursor": .sync { source, _, _, _ in try cast(source, as: Connection.self).edges.last?.cursor },
    ]
}
