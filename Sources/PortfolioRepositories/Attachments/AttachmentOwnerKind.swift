/// What an attachment hangs off (`attachments.owner_kind`): an expense's receipt or
/// invoice scan, a tenant's photo, or a tenant's identity document.
public enum AttachmentOwnerKind: String, Sendable, Hashable, CaseIterable {
    case expense = "EXPENSE"
    case tenantPhoto = "TENANT_PHOTO"
    case tenantDocument = "TENANT_DOCUMENT"

    /// The table the owner id points into.
    public var ownerTable: String {
        switch self {
        case .expense: "expenses"
        case .tenantPhoto, .tenantDocument: "tenants"
        }
    }
}
