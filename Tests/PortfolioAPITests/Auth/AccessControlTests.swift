import Foundation
import GraphQLEngine
import Logging
import PortfolioDomain
import PortfolioRepositories
import Synchronization
import Testing

@testable import PortfolioAPI

/// The access directives of `schema.graphql` and the one mechanism that enforces them.
@Suite struct AccessControlTests {
    static let services = APIServices(pool: nil, isDatabaseReachable: { false })

    static func api() throws -> PortfolioAPI {
        try PortfolioAPI(sdl: try PortfolioAPITests.schemaText, services: services, logger: Logger(label: "test"))
    }

    static func viewer(_ role: Role?) -> Viewer {
        let org = OrganizationRecord(id: "o1", name: "Org", slug: "org", currency: "USD", timezone: "UTC", createdAt: Date())
        let membership = role.map { MembershipRecord(id: "m1", userID: "u1", role: $0, isActive: true, createdAt: Date(), organization: org) }
        return Viewer(
            userID: "u1", claims: AccessTokenClaims(sub: "u1", org: "o1", jti: "j", sid: "s", iat: 0, exp: 1),
            memberships: membership.map { [$0] } ?? [], membership: membership)
    }

    @Test func theSchemaPermissionEnumIsTheDomainsPermissions() throws {
        let api = try Self.api()
        guard case .enum(let type)? = api.schema.type(named: "Permission") else {
            Issue.record("Permission is not an enum")
            return
        }
        #expect(type.values.map(\.name) == Permission.allCases.map(\.graphQLName))
        #expect(Permission.orgRead.graphQLName == "ORG_READ")
        #expect(Permission(graphQLName: "USERS_ASSIGN_ROLE") == nil)
        #expect(Permission(graphQLName: "ROLE_ASSIGN") == .roleAssign)
    }

    @Test func theSchemaDeclaresTheExpectedGuards() throws {
        let requirements = try Self.api().accessRequirements
        #expect(requirements["Query.me"] == .authenticated)
        #expect(requirements["Query.organization"] == .permission(.orgRead))
        #expect(requirements["Mutation.updateOrganization"] == .permission(.orgUpdate))
        #expect(requirements["Mutation.deleteOrganization"] == .permission(.orgDelete))
        #expect(requirements["Mutation.login"] == nil)
        #expect(requirements["Mutation.register"] == nil)
    }

    /// Every guarded field of the schema against every role: allowed exactly where the matrix
    /// says so. New `@requires` fields are covered without touching this test.
    @Test func everyGuardedFieldFollowsTheMatrixCellByCell() throws {
        let requirements = try Self.api().accessRequirements
        #expect(!requirements.isEmpty)
        for (coordinate, requirement) in requirements.sorted(by: { $0.key < $1.key }) {
            #expect(throws: GraphQLError.self, "\(coordinate) anonymous") { try AccessControl.check(requirement, .anonymous) }
            for role in Role.allCases {
                let outcome = Result { () throws(GraphQLError) -> Viewer in
                    try AccessControl.check(requirement, .signedIn(Self.viewer(role)))
                }
                let allowed: Bool
                switch requirement {
                case .authenticated: allowed = true
                case .permission(let permission): allowed = PermissionMatrix.isAllowed(role, permission)
                }
                switch outcome {
                case .success: #expect(allowed, "\(coordinate) \(role)")
                case .failure(let error):
                    #expect(!allowed, "\(coordinate) \(role)")
                    #expect(error.extensions?["code"] == .string("FORBIDDEN"), "\(coordinate) \(role)")
                }
            }
        }
    }

    @Test func theGuardRunsBeforeTheResolver() async throws {
        let calls = Counter()
        let sdl = """
            directive @requires(permission: Permission!) on FIELD_DEFINITION
            directive @authenticated on FIELD_DEFINITION
            enum Permission { ORG_DELETE }
            type Query { open: Int, signedIn: Int @authenticated, ownerOnly: Int @requires(permission: ORG_DELETE) }
            """
        let document = try parse(sdl)
        let probe = FieldResolver.sync { _, _, _, _ in calls.increment(); return 1 }
        let schema = try buildSchema(document, options: SchemaBuildOptions(resolvers: AccessControl.wrap(
            ["Query.open": probe, "Query.signedIn": probe, "Query.ownerOnly": probe],
            requirements: try AccessRequirement.declared(in: document))))
        let service = GraphQLService(schema: schema)
        func run(_ authentication: Authentication) async -> ExecutionResult {
            let context = APIContext(requestID: "r", logger: Logger(label: "t"), services: Self.services, authentication: authentication)
            return await service.execute(GraphQLRequest(query: "{ open signedIn ownerOnly }"), context: context)
        }
        let anonymous = await run(.anonymous)
        #expect(anonymous.errors.map { $0.extensions?["code"] } == [.string("UNAUTHENTICATED"), .string("UNAUTHENTICATED")])
        #expect(calls.value == 1)
        let staff = await run(.signedIn(Self.viewer(.staff)))
        #expect(staff.errors.map { $0.extensions?["code"] } == [.string("FORBIDDEN")])
        #expect(calls.value == 3)
        let owner = await run(.signedIn(Self.viewer(.owner)))
        #expect(owner.errors.isEmpty)
        #expect(calls.value == 6)
        let noOrg = await run(.signedIn(Self.viewer(nil)))
        #expect(noOrg.errors.map { $0.extensions?["code"] } == [.string("FORBIDDEN")])
    }

    @Test func anUnknownPermissionRefusesToStart() throws {
        let document = try parse("type Query { x: Int @requires(permission: NOPE) }")
        #expect(throws: AccessDirectiveError.self) { try AccessRequirement.declared(in: document) }
    }
}

/// Counts resolver calls across tasks.
final class Counter: Sendable {
    private let count = Mutex<Int>(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
