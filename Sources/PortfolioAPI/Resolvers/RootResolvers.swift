import Foundation
import GraphQLEngine

/// Resolvers of `Query` fields that are about the server itself rather than a portfolio.
enum RootResolvers {
    /// The API version reported by `Query.apiVersion`; bumped with schema changes.
    static let apiVersion = "0.1.0"

    /// What `Query.health` returns; its fields are read by the `Health.*` resolvers.
    struct Health: Sendable {
        let database: Bool
        let serverTime: Date
    }

    static let table: [String: FieldResolver] = [
        "Query.apiVersion": .constant(apiVersion),
        "Query.health": .async { _, _, context, _ in
            let api = try APIContext.from(context)
            return Health(database: await api.services.isDatabaseReachable(), serverTime: Date())
        },
        "Health.database": .sync { source, _, _, _ in try cast(source, as: Health.self).database },
        "Health.serverTime": .sync { source, _, _, _ in try cast(source, as: Health.self).serverTime },
    ]
}
