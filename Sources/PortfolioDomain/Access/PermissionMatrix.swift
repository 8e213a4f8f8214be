/// The permission matrix: which role may do what, and over which records. This is the only
/// place the rules live; the API enforces it through one mechanism and docs/domain.md shows
/// it as a table (a test keeps the two in sync).
///
/// Sources: seed 003's RBAC table (properties/floors/rooms/org/users per role), seed 004's
/// hierarchy (ADMIN full, MANAGER manages buildings/tenants/payments, STAFF creates tenants
/// and records payments, TENANT only their own data), seed 000 (invites are owner-level) and
/// issue 5 item 10 (MANAGER and above manage all of leasing and billing). Where seed 003 let
/// Staff update properties, floors and rooms, issue 5 wins: the portfolio is managed from
/// MANAGER up and STAFF reads it.
public enum PermissionMatrix {
    /// One row: the scope each role gets, `nil` meaning denied.
    public struct Row: Sendable, Hashable {
        public let owner: AccessScope?
        public let admin: AccessScope?
        public let manager: AccessScope?
        public let staff: AccessScope?
        public let tenant: AccessScope?

        /// The cell for `role`.
        public func scope(for role: Role) -> AccessScope? {
            switch role {
            case .owner: owner
            case .admin: admin
            case .manager: manager
            case .staff: staff
            case .tenant: tenant
            }
        }
    }

    // Shorthands that keep the table below readable: A = whole org, O = own records, x = denied.
    private static let A: AccessScope? = .all
    private static let O: AccessScope? = .ownTenantRecords
    private static let x: AccessScope? = nil

    private static func r(_ owner: AccessScope?, _ admin: AccessScope?, _ manager: AccessScope?,
                          _ staff: AccessScope?, _ tenant: AccessScope?) -> Row {
        Row(owner: owner, admin: admin, manager: manager, staff: staff, tenant: tenant)
    }

    /// The matrix. Columns: OWNER, ADMIN, MANAGER, STAFF, TENANT. Exhaustive by construction.
    public static func row(_ permission: Permission) -> Row {
        switch permission {
        //                           OWNER ADMIN MANAGER STAFF TENANT
        case .orgRead:               r(A, A, A, A, A)
        case .orgUpdate:             r(A, A, x, x, x)
        case .orgDelete:             r(A, x, x, x, x)
        case .invite:                r(A, A, x, x, x)
        case .usersRead:             r(A, A, A, x, x)
        case .usersManage:           r(A, A, x, x, x)
        case .roleAssign:            r(A, A, x, x, x)

        case .buildingsRead:         r(A, A, A, A, O)
        case .buildingsManage:       r(A, A, A, x, x)
        case .floorsRead:            r(A, A, A, A, O)
        case .floorsManage:          r(A, A, A, x, x)
        case .unitTypesRead:         r(A, A, A, A, O)
        case .unitTypesManage:       r(A, A, A, x, x)
        case .unitsRead:             r(A, A, A, A, O)
        case .unitsManage:           r(A, A, A, x, x)
        case .occupancyEventsManage: r(A, A, A, x, x)
        case .assetsRead:            r(A, A, A, A, O)
        case .assetsManage:          r(A, A, A, x, x)
        case .operatorPeriodsRead:   r(A, A, A, A, x)
        case .operatorPeriodsManage: r(A, A, A, x, x)

        case .tenantsRead:           r(A, A, A, A, O)
        case .tenantsCreate:         r(A, A, A, A, x)
        case .tenantsUpdate:         r(A, A, A, A, O)
        case .tenantsDelete:         r(A, A, A, x, x)
        case .familyMembersRead:     r(A, A, A, A, O)
        case .familyMembersManage:   r(A, A, A, A, O)

        case .leasesRead:            r(A, A, A, A, O)
        case .leasesManage:          r(A, A, A, x, x)
        case .chargesRead:           r(A, A, A, A, O)
        case .chargesGenerate:       r(A, A, A, x, x)
        case .chargesVoid:           r(A, A, A, x, x)
        case .paymentsRead:          r(A, A, A, A, O)
        case .paymentsRecord:        r(A, A, A, A, x)
        case .paymentsReverse:       r(A, A, A, x, x)
        case .invoicesRead:          r(A, A, A, A, O)
        case .invoicesManage:        r(A, A, A, x, x)
        case .depositsRead:          r(A, A, A, A, O)
        case .depositsRefund:        r(A, A, A, x, x)
        case .expensesRead:          r(A, A, A, A, x)
        case .expensesManage:        r(A, A, A, x, x)
        case .reportsRead:           r(A, A, A, x, x)

        case .serviceRequestsRead:   r(A, A, A, A, O)
        case .serviceRequestsCreate: r(A, A, A, A, O)
        case .serviceRequestsUpdate: r(A, A, A, A, x)
        case .serviceRequestsDelete: r(A, A, A, x, x)
        }
    }

    /// The scope `role` gets for `permission`; `nil` means the operation is forbidden.
    public static func scope(_ role: Role, _ permission: Permission) -> AccessScope? {
        row(permission).scope(for: role)
    }

    /// Whether `role` may perform `permission` at all (on at least its own records).
    public static func isAllowed(_ role: Role, _ permission: Permission) -> Bool {
        scope(role, permission) != nil
    }

    /// Throws a `forbidden` `DomainError` unless allowed; returns the granted scope.
    @discardableResult
    public static func require(_ role: Role, _ permission: Permission) throws(DomainError) -> AccessScope {
        guard let s = scope(role, permission) else {
            throw DomainError(kind: .forbidden, code: ErrorCode.forbidden,
                              message: "Role \(role.rawValue) may not perform \(permission.rawValue)")
        }
        return s
    }

    /// The matrix as a Markdown table, the form docs/domain.md embeds.
    public static func markdownTable() -> String {
        var lines = ["| permission | " + Role.allCases.map(\.rawValue).joined(separator: " | ") + " |",
                     "|---|" + Role.allCases.map { _ in "---" }.joined(separator: "|") + "|"]
        for p in Permission.allCases {
            let cells = Role.allCases.map { role -> String in
                switch scope(role, p) {
                case .all: "all"
                case .ownTenantRecords: "own"
                case nil: "–"
                }
            }
            lines.append("| `\(p.rawValue)` | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

/// Free-function spelling of `PermissionMatrix.isAllowed`, for call sites that read as a rule.
public func isAllowed(_ role: Role, _ permission: Permission) -> Bool {
    PermissionMatrix.isAllowed(role, permission)
}
