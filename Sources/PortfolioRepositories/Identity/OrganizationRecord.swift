import Foundation
import MariaDB

/// A row of `organizations` (soft-deleted ones are never loaded for the API).
public struct OrganizationRecord: Sendable, Hashable {
    public var id: String
    public var name: String
    public var slug: String
    public var currency: String
    public var timezone: String
    public var createdAt: Date

    public init(id: String, name: String, slug: String, currency: String, timezone: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.slug = slug
        self.currency = currency
        self.timezone = timezone
        self.createdAt = createdAt
    }

    static func columns(_ alias: String) -> String {
        ["id", "name", "slug", "currency", "timezone", "created_at"].map { "\(alias).\($0) AS org_\($0)" }
            .joined(separator: ", ")
    }

    init(row: MariaDBRow) throws {
        id = try row.decode("org_id")
        name = try row.decode("org_name")
        slug = try row.decode("org_slug")
        currency = try row.decode("org_currency")
        timezone = try row.decode("org_timezone")
        createdAt = try row.decode("org_created_at")
    }
}
