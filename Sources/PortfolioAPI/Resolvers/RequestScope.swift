import Foundation
import PortfolioDomain
import PortfolioRepositories

extension APIContext {
    /// The rows this request may reach under `permission`: the request's organization, and
    /// for a role whose matrix cell is "own records" (TENANT) only the records of tenants
    /// linked to the viewer. The access directive has already refused roles without the
    /// permission; this reads the same matrix to know *how much* the role sees.
    func recordScope(_ permission: Permission) throws -> RecordScope {
        let viewer = try requireViewer()
        guard let role = viewer.role, let orgText = viewer.orgID, let orgID = UUID(uuidString: orgText) else {
            throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.")
        }
        switch PermissionMatrix.row(permission).scope(for: role) {
        case .all?:
            return RecordScope(orgID: orgID)
        case .ownTenantRecords?:
            guard let userID = UUID(uuidString: viewer.userID) else { throw APIErrors.unauthenticated() }
            return RecordScope(orgID: orgID, tenantUserID: userID)
        case nil:
            throw APIErrors.error(.forbidden, "Your role \(role.rawValue) does not allow \(permission.rawValue).",
                                  ["permission": .string(permission.graphQLName)])
        }
    }

    /// The currency of the request's organization: every amount of the API is in it.
    func organizationCurrency() throws -> CurrencyCode {
        let viewer = try requireViewer()
        guard let code = viewer.membership?.organization.currency else {
            throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.")
        }
        return try CurrencyCode(code)
    }
}
