import Foundation
import MariaDB
import PortfolioDomain

/// The organization's leases: the filtered list and the writes of the lease mutations
/// (creation with parties and a MOVE_IN event, term edits, ending with a MOVE_OUT event).
public enum LeaseRepository {
    /// Filters of the leases list; nil means "any".
    public struct Filter: Sendable, Hashable {
        public var unitID: UUID?
        public var buildingID: UUID?
        /// Leases this tenant is a party of.
        public var tenantID: UUID?
        public var status: String?
        /// Leases whose dates include this day (start ≤ day ≤ end, open end included).
        public var activeOn: LocalDate?

        public init(unitID: UUID? = nil, buildingID: UUID? = nil, tenantID: UUID? = nil, status: String? = nil, activeOn: LocalDate? = nil) {
            self.unitID = unitID
            self.buildingID = buildingID
            self.tenantID = tenantID
            self.status = status
            self.activeOn = activeOn
        }
    }

    /// The orderings the list offers (the id breaks ties).
    public enum OrderField: String, Sendable {
        case startDate = "START_DATE"
        case createdAt = "CREATED_AT"

        var expression: String {
            switch self {
            case .startDate: "l.start_date"
            case .createdAt: "l.created_at"
            }
        }
    }

    /// The unit column, for per-unit pages (`Unit.leases`, `ListQuery.pages(partitionedBy:…)`).
    public static let unitColumn = "l.unit_id"

    public static func list(scope: RecordScope, filter: Filter, orderBy field: OrderField, ascending: Bool) -> ListQuery<LeaseRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: LeaseRecord.self, alias: "l")
        if let unit = filter.unitID { conditions.add("l.unit_id = ?", unit) }
        if let building = filter.buildingID {
            conditions.add("EXISTS (SELECT 1 FROM units fu WHERE fu.id = l.unit_id AND fu.building_id = ?)", building)
        }
        if let tenant = filter.tenantID {
            conditions.add("EXISTS (SELECT 1 FROM lease_parties fp WHERE fp.lease_id = l.id AND fp.tenant_id = ?)", tenant)
        }
        if let status = filter.status { conditions.add("l.status = ?", status) }
        if let day = filter.activeOn {
            conditions.add("l.start_date <= ? AND (l.end_date IS NULL OR l.end_date >= ?)", day, day)
        }
        return ListQuery(
            select: LeaseRecord.selectList("l"), from: "leases l", conditions: conditions,
            sortKeys: [SortKey(field.expression, ascending: ascending)], idExpression: "l.id")
    }

    /// Locks the unit row (serialising lease writes of one unit, so two concurrent
    /// creations cannot both pass the overlap check); nil when the unit is not in `orgID`.
    public static func lockUnit(_ unitID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> String? {
        guard let row = try await connection.query(
            "SELECT id FROM units WHERE id = ? AND org_id = ? FOR UPDATE", [unitID, orgID]
        ).first else { return nil }
        return try row.decode("id")
    }

    /// The ids of `tenantIDs` that are tenants of `orgID` (rows share-locked so they cannot be
    /// deleted before the parties are written).
    public static func existingTenants(_ tenantIDs: [UUID], orgID: UUID, on connection: MariaDBConnection) async throws -> Set<String> {
        guard !tenantIDs.isEmpty else { return [] }
        var conditions = SQLConditions()
        conditions.add("org_id = ?", orgID)
        conditions.add("id", in: tenantIDs)
        let rows = try await connection.query("SELECT id FROM tenants \(conditions.sql) LOCK IN SHARE MODE", conditions.binds)
        return Set(try rows.map { (try $0.decode("id") as String).lowercased() })
    }

    /// Every lease of the unit (call after `lockUnit`), as the domain's overlap input. A
    /// locking read: a plain read would answer from the transaction's snapshot, which
    /// `updateLease` takes before it waits for the unit lock, and miss a lease committed
    /// meanwhile by a concurrent `createLease`.
    public static func leasesOfUnit(_ unitID: UUID, on connection: MariaDBConnection) async throws -> [LeaseRecord] {
        try await connection.query(
            "SELECT \(LeaseRecord.selectList("l")) FROM leases l WHERE l.unit_id = ? ORDER BY l.start_date, l.id LOCK IN SHARE MODE", [unitID]
        ).map { try LeaseRecord(row: $0) }
    }

    /// The parties of one lease; `lock` reads them `FOR UPDATE` (a locking read sees the
    /// latest committed parties, not the transaction's snapshot; call after locking the lease).
    public static func parties(of leaseID: UUID, lock: Bool = false, on connection: MariaDBConnection) async throws -> [LeasePartyRecord] {
        try await connection.query(
            "SELECT \(LeasePartyRecord.selectList("p")) FROM lease_parties p WHERE p.lease_id = ? ORDER BY p.role, p.tenant_id\(lock ? " FOR UPDATE" : "")", [leaseID]
        ).map { try LeasePartyRecord(row: $0) }
    }

    /// Adds `tenantID` to the lease with `role`.
    public static func insertParty(leaseID: UUID, tenantID: UUID, role: String, orgID: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, ?, ?)", [leaseID, tenantID, role, orgID])
    }

    /// Removes `tenantID` from the lease.
    public static func deleteParty(leaseID: UUID, tenantID: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM lease_parties WHERE lease_id = ? AND tenant_id = ?", [leaseID, tenantID])
    }

    /// Sets the role of `tenantID` on the lease.
    public static func setPartyRole(leaseID: UUID, tenantID: UUID, role: String, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE lease_parties SET role = ? WHERE lease_id = ? AND tenant_id = ?", [role, leaseID, tenantID])
    }

    /// Marks the lease changed (party edits bump `updated_at`).
    public static func touch(_ leaseID: UUID, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("UPDATE leases SET updated_at = ? WHERE id = ?", [now, leaseID])
    }

    /// The stored terms of a lease.
    public struct Values: Sendable, Hashable {
        public var unitID: UUID
        public var startDate: LocalDate
        public var endDate: LocalDate?
        public var rentMinor: Int64
        public var depositMinor: Int64
        public var dueDay: Int

        public init(unitID: UUID, startDate: LocalDate, endDate: LocalDate?, rentMinor: Int64, depositMinor: Int64, dueDay: Int) {
            self.unitID = unitID
            self.startDate = startDate
            self.endDate = endDate
            self.rentMinor = rentMinor
            self.depositMinor = depositMinor
            self.dueDay = dueDay
        }
    }

    public static func insert(id: UUID, orgID: UUID, _ values: Values, parties: [(tenantID: UUID, role: String)], now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, deposit_minor, due_day, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
            """,
            [id, orgID, values.unitID, values.startDate, values.endDate, values.rentMinor, values.depositMinor, values.dueDay, now, now])
        for party in parties {
            try await connection.execute(
                "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, ?, ?)",
                [id, party.tenantID, party.role, orgID])
        }
    }

    public static func updateTerms(id: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE leases SET start_date = ?, end_date = ?, rent_minor = ?, deposit_minor = ?, due_day = ?, updated_at = ? WHERE id = ?",
            [values.startDate, values.endDate, values.rentMinor, values.depositMinor, values.dueDay, now, id])
    }

    /// Marks the lease ENDED on `endDate` with `reason`.
    public static func end(id: UUID, endDate: LocalDate, reason: String?, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(
            "UPDATE leases SET end_date = ?, status = 'ENDED', end_reason = ?, ended_at = ?, updated_at = ? WHERE id = ?",
            [endDate, reason, now, now, id])
    }
}
