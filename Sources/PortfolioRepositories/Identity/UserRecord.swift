import Foundation
import MariaDB

/// A row of `users`. The password hash and TOTP secret stay in the API layer; they are
/// never part of a GraphQL type.
public struct UserRecord: Sendable, Hashable {
    public var id: String
    public var email: String
    public var passwordHash: String
    public var fullName: String
    public var phone: String?
    public var isActive: Bool
    /// Base32 TOTP secret; nil when two-factor was never set up.
    public var totpSecret: String?
    /// When two-factor was confirmed; nil means sign-in needs no one-time code.
    public var totpEnabledAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    static let columns = "id, email, password_hash, full_name, phone, is_active, totp_secret, totp_enabled_at, created_at, updated_at"

    init(row: MariaDBRow) throws {
        id = try row.decode("id")
        email = try row.decode("email")
        passwordHash = try row.decode("password_hash")
        fullName = try row.decode("full_name")
        phone = try row.decode("phone")
        isActive = try row.decode("is_active")
        totpSecret = try row.decode("totp_secret")
        totpEnabledAt = try row.decode("totp_enabled_at")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
