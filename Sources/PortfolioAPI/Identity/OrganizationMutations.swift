import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createOrganization` (any signed-in user; they become OWNER), `updateOrganization` and
/// `deleteOrganization` (on the request's organization, guarded by `@requires`). No argument
/// names an organization: the request's organization is the only one these can touch.
enum OrganizationMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createOrganization": .async { _, arguments, context, _ in
            try await create(arguments, try APIContext.from(context))
        },
        "Mutation.updateOrganization": .async { _, arguments, context, _ in
            try await update(arguments, try APIContext.from(context))
        },
        "Mutation.deleteOrganization": .async { _, _, context, _ in
            try await delete(try APIContext.from(context))
        },
        "Query.organization": .sync { _, _, context, _ in
            guard let organization = try APIContext.from(context).requireViewer().membership?.organization else {
                throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.")
            }
            return organization
        },
    ]

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> MembershipRecord {
        let viewer = try api.requireViewer()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let name = InputValidation.text(input.string("name") ?? "", field: "name", label: "Name", into: &errors)
        let givenSlug = input.string("slug").map { IdentityValidation.slug($0, into: &errors) }
        let currency = IdentityValidation.currency(input.string("currency") ?? "USD", into: &errors)
        let timezone = IdentityValidation.timezone(input.string("timezone") ?? "UTC", into: &errors)
        try InputValidation.finish(errors)

        let pool = try api.requirePool()
        let now = api.services.auth.now()
        let slugTaken = FieldError(field: "slug", code: ErrorCode.alreadyExists, message: "This slug is already taken")
        do {
            return try await pool.transaction { connection in
                var slug = givenSlug ?? IdentityValidation.slug(fromName: name)
                if try await OrganizationRepository.slugExists(slug, on: connection) {
                    guard givenSlug == nil else { throw APIErrors.badUserInput([slugTaken]) }
                    slug += "-" + String(UUID().uuidString.lowercased().prefix(8))
                }
                return try await OrganizationRepository.create(
                    name: name, slug: slug, currency: currency, timezone: timezone, ownerID: viewer.userID, now: now,
                    on: connection)
            }
        } catch let error as MariaDBError {
            if case .duplicateKey = error.kind { throw APIErrors.badUserInput([slugTaken]) }
            throw error
        }
    }

    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> OrganizationRecord {
        let viewer = try api.requireViewer()
        guard let orgID = viewer.orgID else { throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.") }
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let name = input.string("name").map { InputValidation.text($0, field: "name", label: "Name", into: &errors) }
        let currency = input.string("currency").map { IdentityValidation.currency($0, into: &errors) }
        let timezone = input.string("timezone").map { IdentityValidation.timezone($0, into: &errors) }
        try InputValidation.finish(errors)
        let pool = try api.requirePool()
        return try await pool.transaction { connection in
            try await OrganizationRepository.update(
                id: orgID, name: name, currency: currency, timezone: timezone, now: api.services.auth.now(), on: connection)
            guard let organization = try await OrganizationRepository.find(id: orgID, on: connection) else {
                throw APIErrors.notFound("No organization with id \(orgID).")
            }
            return organization
        }
    }

    static func delete(_ api: APIContext) async throws -> String {
        let viewer = try api.requireViewer()
        guard let orgID = viewer.orgID else { throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.") }
        let pool = try api.requirePool()
        try await pool.transaction { connection in
            try await OrganizationRepository.softDelete(id: orgID, now: api.services.auth.now(), on: connection)
        }
        return orgID
    }
}
