import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// What a caller outside GraphQL (the CSV export route) may read under `reportsRead`:
/// the organization chosen by the token or `X-Org-Id`, its currency and the pool.
public struct ReportGrant: Sendable {
    public let orgID: UUID
    public let currency: CurrencyCode
    public let pool: MariaDBPool
}

/// Why a report request was refused; the HTTP edge maps these to 401 and 403.
public enum ReportAccessError: Error, Sendable {
    /// No credentials, or credentials that are not valid (expired, forged, foreign org).
    case unauthenticated(String)
    /// Signed in, but the role lacks `reportsRead` (or no organization was chosen).
    case forbidden(String)
}

extension GraphQLEndpoint {
    /// Authenticates `credentials` exactly as `/graphql` does and checks `reportsRead` with
    /// the same permission matrix, so HTTP report routes and GraphQL reports admit the same
    /// people to the same organization.
    public func authorizeReports(credentials: RequestCredentials, requestID: String) async -> Result<ReportGrant, ReportAccessError> {
        let authentication = await Authenticator.authenticate(credentials, services: services, requestID: requestID, logger: logger)
        switch authentication {
        case .anonymous:
            return .failure(.unauthenticated("Sign in to read reports."))
        case .rejected(let error):
            return .failure(.unauthenticated(error.message))
        case .signedIn:
            break
        }
        let context = APIContext(requestID: requestID, logger: logger, services: services, authentication: authentication,
                                 credentials: credentials)
        do {
            let scope = try context.recordScope(.reportsRead)
            guard scope.isWholeOrganization else { return .failure(.forbidden("Reports cover the whole organization.")) }
            let currency = try context.organizationCurrency()
            return .success(ReportGrant(orgID: scope.orgID, currency: currency, pool: try context.requirePool()))
        } catch let error as GraphQLError {
            return .failure(.forbidden(error.message))
        } catch {
            return .failure(.forbidden("\(error)"))
        }
    }
}
