import GraphQLEngine
import Logging
import MariaDB

/// The PortfolioOS GraphQL API: `schema.graphql` bound to its resolvers.
///
/// Building it checks the binding both ways — a resolver for a field the schema lacks is a
/// build error (the engine rejects unknown keys), and a schema field without a resolver is
/// a `PortfolioAPIError.unresolvedFields` — so the server refuses to start half-wired.
public struct PortfolioAPI: Sendable {
    public let schema: GraphQLSchema
    public let endpoint: GraphQLEndpoint

    /// - Parameters:
    ///   - sdl: the text of `schema.graphql`.
    ///   - services: what resolvers reach (database pool, readiness check).
    ///   - limits: protection limits for every request.
    public init(sdl: String, services: APIServices, limits: GraphQLService.Limits = PortfolioAPI.defaultLimits, logger: Logger) throws {
        let schema = try buildSchema(sdl, options: SchemaBuildOptions(
            resolvers: Self.resolvers,
            scalars: ["DateTime": DateTimeScalar.coercion]))
        let unresolved = schema.fieldsWithoutResolver()
        guard unresolved.isEmpty else { throw PortfolioAPIError.unresolvedFields(unresolved) }
        self.schema = schema
        self.endpoint = GraphQLEndpoint(
            service: GraphQLService(schema: schema, limits: limits), services: services, logger: logger)
    }

    /// Limits applied to every request: document size, tokens, depth, fields and aliases.
    public static let defaultLimits = GraphQLService.Limits(
        maxDocumentBytes: 100_000,
        parse: ParseOptions(maxTokens: 20_000, maxDepth: 40),
        maxFields: 2_000,
        maxAliases: 500)

    /// Every resolver of the API, keyed by schema coordinate (`Type.field`).
    static var resolvers: [String: FieldResolver] {
        RootResolvers.table
    }
}

/// Why the API could not be built from the schema file.
public enum PortfolioAPIError: Error, CustomStringConvertible {
    case unresolvedFields([String])

    public var description: String {
        switch self {
        case .unresolvedFields(let fields):
            return "schema.graphql has fields without a resolver: \(fields.joined(separator: ", "))"
        }
    }
}
