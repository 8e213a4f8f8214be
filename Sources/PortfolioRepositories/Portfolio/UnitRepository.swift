import Foundation
import MariaDB
import PortfolioDomain

/// Units (rooms, flats): list with filters including derived occupancy, writes, bulk insert
/// and the "referenced by a lease" check. Label uniqueness per building is the unique key
/// `uk_units_building_label`.
public enum UnitRepository {
    /// A unit is occupied on a day when an ACTIVE lease of it covers that day. The one `?`
    /// binds the day. Occupancy is never stored (migration 0002).
    public static func occupiedCondition(_ alias: String) -> String {
        """
        EXISTS (SELECT 1 FROM leases ol WHERE ol.unit_id = \(alias).id AND ol.status = 'ACTIVE' \
        AND ol.start_date <= ? AND (ol.end_date IS NULL OR ol.end_date >= ?))
        """
    }

    /// Filters of the units list; nil means "any".
    public struct Filter: Sendable, Hashable {
        public var buildingID: UUID?
        public var floorID: UUID?
        public var unitTypeID: UUID?
        /// Substring of the label.
        public var label: String?
        /// The stored manual state (AVAILABLE, MAINTENANCE, RESERVED).
        public var storedStatus: String?
        /// Only units occupied (true) or free (false) on `today`.
        public var occupied: Bool?
        /// Substring of label or description.
        public var search: String?
        /// Units of soft-deleted buildings are listed too when true.
        public var includeDeletedBuildings: Bool

        public init(buildingID: UUID? = nil, floorID: UUID? = nil, unitTypeID: UUID? = nil, label: String? = nil,
                    storedStatus: String? = nil, occupied: Bool? = nil, search: String? = nil, includeDeletedBuildings: Bool = false) {
            self.buildingID = buildingID
            self.floorID = floorID
            self.unitTypeID = unitTypeID
            self.label = label
            self.storedStatus = storedStatus
            self.occupied = occupied
            self.search = search
            self.includeDeletedBuildings = includeDeletedBuildings
        }
    }

    /// The writable fields of a unit.
    public struct Values: Sendable, Hashable {
        public var buildingID: UUID
        public var floorID: UUID?
        public var unitTypeID: UUID?
        public var label: String
        public var area: ExactDecimal?
        public var capacity: Int?
        public var baseRentMinor: Int64?
        public var depositMinor: Int64?
        public var status: String
        public var amenities: [String]
        public var utilities: [String]
        public var description: String?

        public init(buildingID: UUID, floorID: UUID?, unitTypeID: UUID?, label: String, area: ExactDecimal?, capacity: Int?,
                    baseRentMinor: Int64?, depositMinor: Int64?, status: String, amenities: [String], utilities: [String], description: String?) {
            self.buildingID = buildingID
            self.floorID = floorID
            self.unitTypeID = unitTypeID
            self.label = label
            self.area = area
            self.capacity = capacity
            self.baseRentMinor = baseRentMinor
            self.depositMinor = depositMinor
            self.status = status
            self.amenities = amenities
            self.utilities = utilities
            self.description = description
        }
    }

    /// The units of `scope` matching `filter` (occupancy judged on `today`) in `order`
    /// (LABEL, CREATED_AT; NAME and CODE mean LABEL).
    public static func list(scope: RecordScope, filter: Filter, today: LocalDate, order: PortfolioListOrder, ascending: Bool) -> ListQuery<UnitRecord> {
        var conditions = SQLConditions()
        conditions.add(scope: scope, for: UnitRecord.self, alias: "un")
        if !filter.includeDeletedBuildings {
            conditions.add("EXISTS (SELECT 1 FROM buildings ub WHERE ub.id = un.building_id AND ub.deleted_at IS NULL)")
        }
        if let id = filter.buildingID { conditions.add("un.building_id = ?", id) }
        if let id = filter.floorID { conditions.add("un.floor_id = ?", id) }
        if let id = filter.unitTypeID { conditions.add("un.unit_type_id = ?", id) }
        if let status = filter.storedStatus { conditions.add("un.status = ?", status) }
        if let label = filter.label, !label.isEmpty { conditions.addContains(label, in: ["un.label"]) }
        if let search = filter.search, !search.isEmpty {
            conditions.addContains(search, in: ["un.label", "COALESCE(un.description, '')"])
        }
        if let occupied = filter.occupied {
            conditions.add((occupied ? "" : "NOT ") + occupiedCondition("un"), today, today)
        }
        let key = order == .createdAt ? "un.created_at" : "un.label"
        return ListQuery(select: UnitRecord.selectList("un"), from: "units un", conditions: conditions,
                         sortKeys: [SortKey(key, ascending: ascending)], idExpression: "un.id")
    }

    /// Of `unitIDs`, those occupied on `today` (lower-case ids): one query for a batch.
    public static func occupied(_ unitIDs: [String], today: LocalDate, on connection: MariaDBConnection) async throws -> Set<String> {
        let uuids = unitIDs.compactMap { UUID(uuidString: $0) }
        guard !uuids.isEmpty else { return [] }
        var conditions = SQLConditions()
        conditions.add("un.id", in: uuids)
        conditions.add(occupiedCondition("un"), today, today)
        let rows = try await connection.query("SELECT un.id AS id FROM units un \(conditions.sql)", conditions.binds)
        return Set(try rows.map { (try $0.decode("id") as String).lowercased() })
    }

    public static func lock(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> UnitRecord? {
        try await connection.query(
            "SELECT \(UnitRecord.selectList("un")) FROM units un WHERE un.id = ? AND un.org_id = ? FOR UPDATE", [id, orgID]
        ).first.map(UnitRecord.init(row:))
    }

    static let insertSQL = """
        INSERT INTO units (id, org_id, building_id, floor_id, unit_type_id, label, area_sq_m, capacity, base_rent_minor,
          deposit_minor, status, amenities, utilities, description, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    public static func insert(id: UUID, orgID: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute(insertSQL, [
            id, orgID, values.buildingID, values.floorID, values.unitTypeID, values.label, values.area, values.capacity,
            values.baseRentMinor, values.depositMinor, values.status, UnitRecord.json(values.amenities),
            UnitRecord.json(values.utilities), values.description, now, now,
        ])
    }

    public static func update(id: UUID, _ values: Values, now: Date, on connection: MariaDBConnection) async throws {
        try await connection.execute("""
            UPDATE units SET building_id = ?, floor_id = ?, unit_type_id = ?, label = ?, area_sq_m = ?, capacity = ?,
              base_rent_minor = ?, deposit_minor = ?, status = ?, amenities = ?, utilities = ?, description = ?, updated_at = ?
              WHERE id = ?
            """, [values.buildingID, values.floorID, values.unitTypeID, values.label, values.area, values.capacity,
                  values.baseRentMinor, values.depositMinor, values.status, UnitRecord.json(values.amenities),
                  UnitRecord.json(values.utilities), values.description, now, id])
    }

    public static func delete(id: UUID, on connection: MariaDBConnection) async throws {
        try await connection.execute("DELETE FROM units WHERE id = ?", [id])
    }

    /// The labels of the building's units, read in share mode so a concurrent insert of the
    /// same label waits (the unique key is the final guard).
    public static func labels(buildingID: UUID, on connection: MariaDBConnection) async throws -> [String] {
        try await connection.query("SELECT label FROM units WHERE building_id = ? LOCK IN SHARE MODE", [buildingID]).map { try $0.decode("label") }
    }

    /// How many leases (any status) reference the unit.
    public static func leaseCount(_ id: UUID, on connection: MariaDBConnection) async throws -> Int {
        try await connection.query("SELECT COUNT(*) AS n FROM leases WHERE unit_id = ? LOCK IN SHARE MODE", [id]).first?.decode("n") ?? 0
    }

    /// Whether the floor/unit type exists in the organization (and the floor in `buildingID`).
    public static func floorBuilding(_ floorID: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> String? {
        try await connection.query("SELECT building_id FROM floors WHERE id = ? AND org_id = ? LOCK IN SHARE MODE", [floorID, orgID]).first?.decode("building_id")
    }

    public static func unitTypeExists(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 AS x FROM unit_types WHERE id = ? AND org_id = ? LOCK IN SHARE MODE", [id, orgID]).isEmpty
    }

    /// Whether a live (not soft-deleted) building of the organization has this id, locked in share mode.
    public static func liveBuildingExists(_ id: UUID, orgID: UUID, on connection: MariaDBConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 AS x FROM buildings WHERE id = ? AND org_id = ? AND deleted_at IS NULL LOCK IN SHARE MODE", [id, orgID]).isEmpty
    }
}
