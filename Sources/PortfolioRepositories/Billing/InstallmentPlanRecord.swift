import Foundation
import MariaDB
import PortfolioDomain

/// A row of `installment_plans`: one amount split into `installments` dated charges (the
/// charges carry `installment_plan_id`). Tenants see the plans of their own leases.
public struct InstallmentPlanRecord: Record, Hashable {
    public static let table = "installment_plans"
    public static let columns = ["id", "org_id", "lease_id", "description", "total_minor", "installments", "created_at"]

    public static func tenantOwnership(_ alias: String) -> String? { LeaseOwnership.viaLease(alias) }

    public var id: String
    public var orgID: String
    public var leaseID: String
    public var description: String
    public var totalMinor: Int64
    public var installments: Int
    public var createdAt: Date

    public init(row: MariaDBRow) throws {
        id = try row.decode("id")
        orgID = try row.decode("org_id")
        leaseID = try row.decode("lease_id")
        description = try row.decode("description")
        totalMinor = try row.decode("total_minor")
        installments = try row.decode("installments")
        createdAt = try row.decode("created_at")
    }
}
