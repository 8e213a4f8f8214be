import Foundation
import MariaDB
import PortfolioDomain

/// Writes of a tenant's family members (reads go through `RecordLookup` / the loaders).
public enum FamilyMemberRepository {
    /// The editable columns of a family member.
    public struct Values: Sendable, Hashable {
        public var fullName: String
        public var relationship: String?
        public var phone: String?
        public var dateOfBirth: LocalDate?

        public init(fullName: String, relationship: String?, phone: String?, dateOfBirth: LocalDate?) {
            self.fullName = fullName
            self.relationship = relationship
            self.phone = phone
            self.dateOfBirth = dateOfBirth
        }
    }

    public static func insert(id: UUID, orgID: UUID, tenantID: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO family_members (id, org_id, tenant_id, full_name, relationship, phone, date_of_birth, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, orgID, tenantID, values.fullName, values.relationship, values.phone, values.dateOfBirth, now])
    }

    public static func update(id: UUID, _ values: Values, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE family_members SET full_name = ?, relationship = ?, phone = ?, date_of_birth = ? WHERE id = ?",
            [values.fullName, values.relationship, values.phone, values.dateOfBirth, id])
    }

    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM family_members WHERE id = ?", [id])
    }
}
