import DatabaseTestSupport
import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MariaDB
import PortfolioAPI
import PortfolioHTTP
import PortfolioRepositories

/// A real MariaDB database with migrations applied, the real schema and router, and helpers
/// to call `/graphql` the way a client does.
struct IdentityHarness: Sendable {
    let client: any TestClientProtocol
    let pool: MariaDBPool
    let auth: AuthSettings

    /// Fixed key and cheap bcrypt so tests are fast; `X-Forwarded-For` trusted so tests can
    /// choose the client address for per-address rate limits.
    static let signingKey = Array("identity-tests-signing-key-0123456789abcdef".utf8)

    static func run(
        now: @escaping @Sendable () -> Date = { Date() },
        _ body: @Sendable (IdentityHarness) async throws -> Void
    ) async throws {
        try await TestDatabase.withPool { pool in
            try await MigrationRunner(
                pool: pool, migrations: try MigrationSource.load(from: TestApp.repositoryRoot + "/migrations"),
                logger: TestApp.logger
            ).up()
            let auth = AuthSettings(signingKey: signingKey, bcryptCost: 4, secureCookies: false, now: now)
            let services = APIServices(pool: pool, auth: auth, isDatabaseReachable: { await pool.isHealthy() })
            let api = try TestApp.portfolioAPI(services: services)
            let router = buildRouter(
                api: api, services: services, settings: HTTPServerSettings(trustForwardedFor: true))
            try await Application(router: router, logger: TestApp.logger).test(.router) { client in
                try await body(IdentityHarness(client: client, pool: pool, auth: auth))
            }
        }
    }

    /// One GraphQL call; `token` as a Bearer header, `orgID` as `X-Org-Id`.
    func graphQL(
        _ query: String, variables: [String: Value] = [:], token: String? = nil, orgID: String? = nil,
        address: String? = nil, cookie: String? = nil
    ) async throws -> GraphQLReply {
        var headers = graphQLHeaders
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let orgID { headers[HTTPField.Name("X-Org-Id")!] = orgID }
        if let address { headers[HTTPField.Name("X-Forwarded-For")!] = address }
        if let cookie { headers[.cookie] = cookie }
        var object = ObjectValue()
        object["query"] = .string(query)
        var vars = ObjectValue()
        for (key, value) in variables.sorted(by: { $0.key < $1.key }) { vars[key] = value }
        object["variables"] = .object(vars)
        let response = try await client.execute(
            uri: "/graphql", method: .post, headers: headers, body: jsonBody(JSONWriter.string(.object(object))))
        return GraphQLReply(status: response.status, headers: response.headers, json: response.json ?? .null, text: response.text)
    }

    static let sessionFields = "accessToken refreshToken accessTokenExpiresAt user { id email fullName } organization { id } role"

    /// Registers an account and returns its session.
    func register(email: String, password: String = "Correct-horse-1", fullName: String = "Test User") async throws -> Session {
        let reply = try await graphQL(
            "mutation($input: RegisterInput!) { register(input: $input) { \(Self.sessionFields) } }",
            variables: ["input": .object(["email": .string(email), "password": .string(password), "fullName": .string(fullName)])])
        return try Session(reply, field: "register")
    }

    func login(email: String, password: String = "Correct-horse-1", otpCode: String? = nil, address: String? = nil) async throws -> GraphQLReply {
        var input: ObjectValue = ["email": .string(email), "password": .string(password)]
        if let otpCode { input["otpCode"] = .string(otpCode) }
        return try await graphQL(
            "mutation($input: LoginInput!) { login(input: $input) { \(Self.sessionFields) } }",
            variables: ["input": .object(input)], address: address)
    }

    func refresh(_ refreshToken: String) async throws -> GraphQLReply {
        try await graphQL(
            "mutation($t: String) { refreshSession(refreshToken: $t) { \(Self.sessionFields) } }",
            variables: ["t": .string(refreshToken)])
    }

    /// Creates an organization for `token`'s user and returns its id.
    func createOrganization(_ name: String, token: String) async throws -> String {
        let reply = try await graphQL(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { role organization { id } } }",
            variables: ["input": .object(["name": .string(name)])], token: token)
        guard let id = reply.data?["createOrganization"]?["organization"]?["id"]?.stringValue else {
            throw HarnessError("createOrganization failed: \(reply.text)")
        }
        return id
    }

    /// Adds `userID` to `orgID` with `role` directly in the database (invitations are not
    /// part of the API yet).
    func addMember(userID: String, orgID: String, role: String) async throws {
        try await pool.execute(
            "INSERT INTO memberships (id, org_id, user_id, role, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, NOW(6), NOW(6))",
            [UUID(), UUID(uuidString: orgID), UUID(uuidString: userID), role])
    }

    func count(_ sql: String, _ binds: [any MariaDBBindable] = []) async throws -> Int {
        guard let row = try await pool.query(sql, binds).first else { return 0 }
        return try row.decode(at: 0)
    }
}

/// A session as `register`/`login`/`refreshSession` return it.
struct Session: Sendable {
    let accessToken: String
    let refreshToken: String
    let userID: String
    let orgID: String?

    init(_ reply: GraphQLReply, field: String) throws {
        guard let payload = reply.data?[field], let access = payload["accessToken"]?.stringValue,
            let refresh = payload["refreshToken"]?.stringValue, let user = payload["user"]?["id"]?.stringValue
        else { throw HarnessError("\(field) failed: \(reply.text)") }
        accessToken = access
        refreshToken = refresh
        userID = user
        orgID = payload["organization"]?["id"]?.stringValue
    }
}

struct GraphQLReply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let json: Value
    let text: String

    var data: Value? { json["data"] }
    var errors: [Value] { json["errors"]?.listValue ?? [] }
    /// `extensions.code` of the first error; nil without errors.
    var code: String? { errors.first?["extensions"]?["code"]?.stringValue }
    var reason: String? { errors.first?["extensions"]?["reason"]?.stringValue }
    /// `extensions.fields[].field` of the first error.
    var badFields: [String] {
        errors.first?["extensions"]?["fields"]?.listValue?.compactMap { $0["field"]?.stringValue } ?? []
    }
    var setCookies: [String] { headers[values: .setCookie] }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Value {
    subscript(key: String) -> Value? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
