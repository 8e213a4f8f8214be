/// Every operation the API guards, one case per row of the permission matrix.
///
/// "Manage" means create, update and delete (soft delete/restore included) unless a separate
/// case exists. Raw values are stable names used in docs and error messages.
public enum Permission: String, CaseIterable, Sendable, Hashable {
    // Organization and people
    case orgRead = "org.read"
    case orgUpdate = "org.update"
    case orgDelete = "org.delete"
    case invite = "org.invite"
    case usersRead = "users.read"
    case usersManage = "users.manage"
    case roleAssign = "users.assignRole"

    // Portfolio
    case buildingsRead = "buildings.read"
    case buildingsManage = "buildings.manage"
    case floorsRead = "floors.read"
    case floorsManage = "floors.manage"
    case unitTypesRead = "unitTypes.read"
    case unitTypesManage = "unitTypes.manage"
    case unitsRead = "units.read"
    case unitsManage = "units.manage"
    case occupancyEventsManage = "occupancyEvents.manage"
    case assetsRead = "assets.read"
    case assetsManage = "assets.manage"
    case operatorPeriodsRead = "operatorPeriods.read"
    case operatorPeriodsManage = "operatorPeriods.manage"

    // Tenants
    case tenantsRead = "tenants.read"
    case tenantsCreate = "tenants.create"
    case tenantsUpdate = "tenants.update"
    case tenantsDelete = "tenants.delete"
    case familyMembersRead = "familyMembers.read"
    case familyMembersManage = "familyMembers.manage"

    // Leasing and billing
    case leasesRead = "leases.read"
    case leasesManage = "leases.manage"
    case chargesRead = "charges.read"
    case chargesGenerate = "charges.generate"
    case chargesVoid = "charges.void"
    case paymentsRead = "payments.read"
    case paymentsRecord = "payments.record"
    case paymentsReverse = "payments.reverse"
    case invoicesRead = "invoices.read"
    case invoicesManage = "invoices.manage"
    case depositsRead = "deposits.read"
    case depositsRefund = "deposits.refund"
    case expensesRead = "expenses.read"
    case expensesManage = "expenses.manage"
    case reportsRead = "reports.read"

    // Maintenance / service requests / issues and work orders
    case serviceRequestsRead = "serviceRequests.read"
    case serviceRequestsCreate = "serviceRequests.create"
    case serviceRequestsUpdate = "serviceRequests.update"
    case serviceRequestsDelete = "serviceRequests.delete"
}
