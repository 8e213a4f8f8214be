import Foundation

/// Which rows of which organization a request may reach. Every repository call takes one,
/// so no query can forget the organization: a row of another organization is simply not
/// found. `tenantUserID` narrows further to the records of the tenant(s) linked to that
/// user (the TENANT role's "own records" scope, `AccessScope.ownTenantRecords`).
public struct RecordScope: Sendable, Hashable {
    public let orgID: UUID
    /// Set for a TENANT: only records that hang off a tenant whose `user_id` is this user.
    public let tenantUserID: UUID?

    public init(orgID: UUID, tenantUserID: UUID? = nil) {
        self.orgID = orgID
        self.tenantUserID = tenantUserID
    }

    /// True when the scope is the whole organization.
    public var isWholeOrganization: Bool { tenantUserID == nil }
}
