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
    /// The access directive of every guarded field, by schema coordinate (`Type.field`).
    public let accessRequirements: [String: AccessRequirement]

    /// - Parameters:
    ///   - sdl: the schema text, `SchemaSource.read(root:)`.
    ///   - services: what resolvers reach (database pool, readiness check).
    ///   - limits: protection limits for every request.
    public init(sdl: String, services: APIServices, limits: GraphQLService.Limits = PortfolioAPI.defaultLimits, logger: Logger) throws {
        let document: Document
        do {
            document = try parse(Source(sdl, name: "schema"))
        } catch {
            throw SchemaError([error])
        }
        // Access directives wrap their fields' resolvers here, once: the permission matrix
        // is enforced by the schema, not by each resolver (docs/security.md).
        let requirements = try AccessRequirement.declared(in: document)
        let schema = try buildSchema(document, options: SchemaBuildOptions(
            resolvers: AccessControl.wrap(Self.resolvers, requirements: requirements),
            scalars: [
                "DateTime": DateTimeScalar.coercion, "Money": MoneyScalar.scalar.coercion,
                "Date": DateScalar.scalar.coercion, "Month": MonthScalar.scalar.coercion,
            ]))
        let unresolved = schema.fieldsWithoutResolver()
        guard unresolved.isEmpty else { throw PortfolioAPIError.unresolvedFields(unresolved) }
        self.schema = schema
        self.accessRequirements = requirements
        self.endpoint = GraphQLEndpoint(
            service: GraphQLService(schema: schema, limits: limits), services: services, logger: logger)
    }

    /// Limits applied to every request: document size, tokens and syntactic nesting at parse
    /// time; selection depth, field count and aliases (fragments expanded) at validation.
    public static let defaultLimits = GraphQLService.Limits(
        maxDocumentBytes: 100_000,
        parse: ParseOptions(maxTokens: 20_000, maxDepth: 40),
        maxFields: 2_000,
        maxAliases: 500,
        maxSelectionDepth: 20)

    /// Every resolver of the API, keyed by schema coordinate (`Type.field`).
    static var resolvers: [String: FieldResolver] {
        var table = RootResolvers.table
        for part in [
            Connection.pageInfoResolvers,
            IdentityTypeResolvers.table, ViewerResolvers.table, SessionMutations.table, ProfileMutations.table,
            OrganizationMutations.table, PasswordResetMutations.table, InvitationMutations.table,
            TwoFactorMutations.table, MemberResolvers.table, OrgUserMutations.table,
            ReportQueries.table, ReportTypeResolvers.table,
            BillingQueries.table, BillingTypeResolvers.table, ChargeMutations.table, PaymentMutations.table, LeaseBillingResolvers.table,
            BillingListResolvers.table,
            ExpenseResolvers.table, ExpenseMutations.table, AttachmentResolvers.table,
            InvoiceResolvers.table, InvoiceMutations.table, DepositResolvers.table, DepositMutations.table,
            PortfolioResolvers.table,
            LeasingResolvers.table,
        ] {
            table.merge(part) { first, _ in first }
        }
        return table
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
