/// A member's role in one organization. The raw values are the GraphQL enum values.
///
/// Ranks order the roles for "at least" checks and for role assignment (nobody can grant a
/// role above their own). OWNER ranks above ADMIN: the owner created (or was handed) the
/// organization and alone may delete it; ADMIN runs users and settings (seed 003's "Admin",
/// seed 004's ADMIN). TENANT is the self-service role of a person who rents.
public enum Role: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case owner = "OWNER"
    case admin = "ADMIN"
    case manager = "MANAGER"
    case staff = "STAFF"
    case tenant = "TENANT"

    /// Higher is more powerful: OWNER 50, ADMIN 40, MANAGER 30, STAFF 20, TENANT 10.
    public var rank: Int {
        switch self {
        case .owner: 50
        case .admin: 40
        case .manager: 30
        case .staff: 20
        case .tenant: 10
        }
    }

    /// Parses a role name case-insensitively (`"Admin"`, `"admin"`, `"ADMIN"`), so the seed
    /// dialects' spellings map onto one enum; `nil` for an unknown name.
    public init?(name: String) {
        self.init(rawValue: name.uppercased())
    }

    /// Whether this role ranks at least as high as `other`.
    public func isAtLeast(_ other: Role) -> Bool { rank >= other.rank }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }

    public var description: String { rawValue }
}
