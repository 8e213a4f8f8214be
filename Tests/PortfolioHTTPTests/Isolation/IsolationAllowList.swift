/// Root fields the isolation test does not call, each with the reason. Everything else in
/// the schema is called generically; a field that can be neither called generically nor is
/// listed here fails the test with a message saying what to do.
///
/// Only fields that take no org-scoped id and act on the caller's own account or session
/// belong here — they cannot reach org B's data, and calling them would break org A's
/// session that the rest of the test uses. Their behaviour is tested in Identity/.
enum IsolationAllowList {
    static let skipped: [String: String] = [
        // Sign-in flows: anonymous or on the caller's own account; no org-scoped argument.
        "Mutation.register": "creates a new account; no org-scoped argument (SessionLifecycleTests)",
        "Mutation.login": "sign-in with e-mail/password; rate limited per account (SessionLifecycleTests)",
        "Mutation.refreshSession": "rotates the caller's own refresh token (SessionLifecycleTests)",
        "Mutation.logout": "would revoke org A's token the test runs with (SessionLifecycleTests)",
        "Mutation.requestPasswordReset": "anonymous, rate limited, answers true for any e-mail (RecoveryAndInvitationTests)",
        "Mutation.resetPassword": "takes a mailed single-use code, not an id (RecoveryAndInvitationTests)",
        "Mutation.changePassword": "signs out the caller's other sessions; own account only (AccountInputTests)",
        "Mutation.acceptInvitation": "takes a mailed single-use code, not an id (RecoveryAndInvitationTests)",
        // Two-factor: the caller's own account.
        "Mutation.enableTwoFactor": "caller's own account (TwoFactorTests)",
        "Mutation.confirmTwoFactor": "caller's own account; needs a TOTP code (TwoFactorTests)",
        "Mutation.regenerateRecoveryCodes": "caller's own account (TwoFactorTests)",
        "Mutation.disableTwoFactor": "caller's own account (TwoFactorTests)",
        // Organizations: the request's own org, never an id argument.
        "Mutation.createOrganization": "creates a new org for the caller; no id argument (OrganizationAccessTests)",
        "Mutation.deleteOrganization": "deletes org A itself (the request's org, no argument); would end the test",
    ]
}
