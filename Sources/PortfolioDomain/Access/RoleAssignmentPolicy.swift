/// Who may give whom which role, so privilege can never be escalated through user management.
///
/// Rules: the actor needs `users.assignRole`; nobody may grant a role ranked above their own;
/// only an OWNER may grant OWNER; nobody may change the role of a member ranked above
/// themselves; and the last OWNER of an organization cannot be demoted (the organization
/// would be left without anyone able to delete or hand it over).
public enum RoleAssignmentPolicy {
    /// Validates changing `target`'s role from `currentRole` (nil for a new member/invitation)
    /// to `newRole`. `ownerCount` is the number of OWNERs the org has now.
    public static func check(actor: Role, currentRole: Role?, newRole: Role,
                             ownerCount: Int, field: String = "role") throws(DomainError) {
        try PermissionMatrix.require(actor, .roleAssign)
        if newRole == .owner && actor != .owner {
            throw forbidden("Only an OWNER can grant the OWNER role")
        }
        if newRole.rank > actor.rank {
            throw forbidden("Role \(actor.rawValue) cannot grant \(newRole.rawValue)")
        }
        if let current = currentRole, current.rank > actor.rank {
            throw forbidden("Role \(actor.rawValue) cannot change the role of a \(current.rawValue)")
        }
        if currentRole == .owner && newRole != .owner && ownerCount <= 1 {
            throw .conflict(ErrorCode.lastOwner, "The last OWNER of an organization cannot be demoted", field: field)
        }
    }

    private static func forbidden(_ message: String) -> DomainError {
        DomainError(kind: .forbidden, code: ErrorCode.forbidden, message: message)
    }
}
