import Foundation
import MariaDB

/// Writes one demo organization inside the caller's transaction; see `DemoSeeder`.
struct DemoWriter {
    let connection: MariaDBConnection
    let plan: DemoPlan
    let passwordHash: String
    let throughMonth: (year: Int, month: Int)
    var random: DemoRandom
    var summary = DemoSeeder.Summary()
    let now = Date()
    /// Units the demo left without a current lease (the history of an ended lease goes there).
    var vacantUnits: [(id: UUID, buildingID: UUID, rent: Int64)] = []

    init(connection: MariaDBConnection, plan: DemoPlan, passwordHash: String, throughMonth: (year: Int, month: Int)) {
        self.connection = connection
        self.plan = plan
        self.passwordHash = passwordHash
        self.throughMonth = throughMonth
        self.random = DemoRandom(state: plan.seed)
    }

    /// A deterministic version-4 UUID from the demo's random stream.
    mutating func nextID() -> UUID {
        let high = random.next()
        let low = random.next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(index)))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func chance(_ percent: Int) -> Bool { Int(random.next() % 100) < percent }
    mutating func between(_ low: Int64, _ high: Int64) -> Int64 {
        low + Int64(random.next() % UInt64(high - low + 1))
    }

    /// The twelve billing months ending with `throughMonth`, oldest first.
    var months: [(year: Int, month: Int)] {
        (0..<12).reversed().map { back in
            let index = throughMonth.year * 12 + (throughMonth.month - 1) - back
            return (index / 12, index % 12 + 1)
        }
    }

    mutating func write() async throws {
        let orgID = nextID()
        try await connection.execute(
            "INSERT INTO organizations (id, name, slug, currency, timezone, created_at, updated_at) VALUES (?, ?, ?, ?, 'UTC', ?, ?)",
            [orgID, plan.name, plan.slug, plan.currency, now, now])
        summary.organizations = 1

        // Users: one per role, plus a tenant user linked to the first tenant below.
        var userRows: [[any MariaDBBindable]] = []
        var membershipRows: [[any MariaDBBindable]] = []
        var tenantUserID: UUID?
        for role in DemoPlan.roles {
            let userID = nextID()
            let name = "\(pick(DemoPlan.firstNames)) \(pick(DemoPlan.lastNames))"
            userRows.append([userID, "\(role.lowercased())@\(plan.mailDomain)", passwordHash, name, nil as String?, true, now, now])
            membershipRows.append([nextID(), orgID, userID, role, true, now, now])
            if role == "TENANT" { tenantUserID = userID }
        }
        summary.users = try await BatchInsert(
            table: "users",
            columns: ["id", "email", "password_hash", "full_name", "phone", "is_active", "created_at", "updated_at"]
        ).run(userRows, on: connection)
        try await BatchInsert(
            table: "memberships", columns: ["id", "org_id", "user_id", "role", "is_active", "created_at", "updated_at"]
        ).run(membershipRows, on: connection)

        let unitTypes = [("Studio", "One room with kitchenette"), ("1BR", "One bedroom"), ("2BR", "Two bedrooms")]
        var unitTypeIDs: [UUID] = []
        var unitTypeRows: [[any MariaDBBindable]] = []
        for (name, description) in unitTypes {
            let id = nextID()
            unitTypeIDs.append(id)
            unitTypeRows.append([id, orgID, name, description, now])
        }
        try await BatchInsert(table: "unit_types", columns: ["id", "org_id", "name", "description", "created_at"])
            .run(unitTypeRows, on: connection)

        var buildingRows: [[any MariaDBBindable]] = []
        var floorRows: [[any MariaDBBindable]] = []
        var unitRows: [[any MariaDBBindable]] = []
        var units: [(id: UUID, buildingID: UUID, rent: Int64)] = []
        var buildingIDs: [UUID] = []
        for building in plan.buildings {
            let buildingID = nextID()
            buildingIDs.append(buildingID)
            buildingRows.append([
                buildingID, orgID, building.code, building.name, "RESIDENTIAL", building.address, building.city,
                nil as String?, "MONTHLY", 1, 25, now, now,
            ])
            for level in 1...building.floors {
                let floorID = nextID()
                floorRows.append([floorID, orgID, buildingID, "Floor \(level)", level, now])
                for position in 1...building.unitsPerFloor {
                    let unitID = nextID()
                    let typeIndex = (position - 1) % unitTypeIDs.count
                    let rent = building.baseRentMinor + Int64(level - 1) * 5_000 + Int64(typeIndex) * 20_000
                    let label = "\(level)\(Character(UnicodeScalar(UInt8(64 + position))))"
                    unitRows.append([
                        unitID, orgID, buildingID, floorID, unitTypeIDs[typeIndex], label,
                        ExactDecimal(significand: Int64(35 + typeIndex * 20) * 100 + between(0, 99), scale: 2),
                        typeIndex + 1, rent, rent, "AVAILABLE", #"["heating","hot water"]"#,
                        #"["water","electricity"]"#, nil as String?, now, now,
                    ])
                    units.append((unitID, buildingID, rent))
                }
            }
        }
        summary.buildings = try await BatchInsert(
            table: "buildings",
            columns: [
                "id", "org_id", "code", "name", "kind", "address", "city", "note", "billing_cycle", "billing_due_day",
                "billing_cutoff_day", "created_at", "updated_at",
            ]
        ).run(buildingRows, on: connection)
        try await BatchInsert(table: "floors", columns: ["id", "org_id", "building_id", "name", "level", "created_at"])
            .run(floorRows, on: connection)
        summary.units = try await BatchInsert(
            table: "units",
            columns: [
                "id", "org_id", "building_id", "floor_id", "unit_type_id", "label", "area_sq_m", "capacity",
                "base_rent_minor", "deposit_minor", "status", "amenities", "utilities", "description", "created_at",
                "updated_at",
            ]
        ).run(unitRows, on: connection)

        try await writeLeasing(orgID: orgID, units: units, tenantUserID: tenantUserID)
        try await writeExpenses(orgID: orgID, buildingIDs: buildingIDs)
        try await writeHistory(orgID: orgID)
        try await writeShowcase(orgID: orgID)
    }

    /// Tenants, leases (current ones on most units, some ended ones for history), rent
    /// charges for each month of the year, and payments allocated to them.
    mutating func writeLeasing(orgID: UUID, units: [(id: UUID, buildingID: UUID, rent: Int64)], tenantUserID: UUID?) async throws {
        var tenantRows: [[any MariaDBBindable]] = []
        var leaseRows: [[any MariaDBBindable]] = []
        var partyRows: [[any MariaDBBindable]] = []
        var eventRows: [[any MariaDBBindable]] = []
        var chargeRows: [[any MariaDBBindable]] = []
        var paymentRows: [[any MariaDBBindable]] = []
        var allocationRows: [[any MariaDBBindable]] = []
        let months = self.months
        var linkedTenantUser = tenantUserID

        for unit in units {
            guard chance(plan.occupancyPercent) else {
                vacantUnits.append(unit)
                continue
            }
            let tenantID = nextID()
            let first = pick(DemoPlan.firstNames)
            let last = pick(DemoPlan.lastNames)
            let email = "\(first.lowercased()).\(last.lowercased().filter(\.isLetter))\(tenantRows.count + 1)@mail.example"
            tenantRows.append([
                tenantID, orgID, linkedTenantUser, "\(first) \(last)", email, "+1-555-\(1000 + tenantRows.count)",
                "ACTIVE", "PASSPORT", "P\(between(1_000_000, 9_999_999))", nil as String?, now, now,
            ])
            linkedTenantUser = nil
            // Leases start on the 1st of a month within the year (or before it), so no
            // proration is needed for the demo's rent charges.
            let startIndex = Int(between(-3, 9))
            let startMonth = months[0].year * 12 + (months[0].month - 1) + startIndex
            let start = SQLDate(year: startMonth / 12, month: startMonth % 12 + 1, day: 1)
            let leaseID = nextID()
            let dueDay = 1 + Int(random.next() % 5)
            leaseRows.append([leaseID, orgID, unit.id, start, nil as SQLDate?, unit.rent, unit.rent, dueDay, "ACTIVE", now, now])
            partyRows.append([leaseID, tenantID, "PRIMARY", orgID])
            eventRows.append([nextID(), orgID, unit.id, leaseID, "MOVE_IN", start, nil as String?, now])

            let payer = Int(random.next() % 100)  // <80 punctual, <92 sometimes partial, else behind
            for (index, month) in months.enumerated() where index >= max(startIndex, 0) {
                let chargeID = nextID()
                let due = SQLDate(year: month.year, month: month.month, day: dueDay)
                let label = "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
                chargeRows.append([chargeID, orgID, leaseID, "RENT", label, "Rent \(label)", unit.rent, due, now])
                let isRecent = index >= months.count - 3
                let paid: Int64
                if payer < 80 {
                    paid = unit.rent
                } else if payer < 92 {
                    paid = chance(70) ? unit.rent : unit.rent / 2
                } else {
                    paid = isRecent ? 0 : (chance(60) ? unit.rent : 0)
                }
                guard paid > 0 else { continue }
                let paymentID = nextID()
                let paidOn = SQLDate(daysSinceEpoch: due.daysSinceEpoch + Int(between(-3, 6)))
                let method = pick(["BANK", "BANK", "CARD", "CASH", "CHECK", "MOBILE_MONEY"])
                paymentRows.append([paymentID, orgID, leaseID, "RENT", paid, paidOn, method, "DEMO-\(paymentRows.count + 1)", now])
                allocationRows.append([nextID(), orgID, paymentID, chargeID, paid, now])
            }
        }
        summary.tenants = try await BatchInsert(
            table: "tenants",
            columns: [
                "id", "org_id", "user_id", "full_name", "email", "phone", "status", "identity_type", "identity_number",
                "notes", "created_at", "updated_at",
            ]
        ).run(tenantRows, on: connection)
        summary.leases = try await BatchInsert(
            table: "leases",
            columns: [
                "id", "org_id", "unit_id", "start_date", "end_date", "rent_minor", "deposit_minor", "due_day", "status",
                "created_at", "updated_at",
            ]
        ).run(leaseRows, on: connection)
        try await BatchInsert(table: "lease_parties", columns: ["lease_id", "tenant_id", "role", "org_id"])
            .run(partyRows, on: connection)
        try await BatchInsert(
            table: "occupancy_events",
            columns: ["id", "org_id", "unit_id", "lease_id", "kind", "occurred_on", "note", "created_at"]
        ).run(eventRows, on: connection)
        summary.charges = try await BatchInsert(
            table: "charges",
            columns: ["id", "org_id", "lease_id", "kind", "rent_month", "description", "amount_minor", "due_date", "created_at"]
        ).run(chargeRows, on: connection)
        summary.payments = try await BatchInsert(
            table: "payments",
            columns: ["id", "org_id", "lease_id", "kind", "amount_minor", "paid_on", "method", "reference", "created_at"]
        ).run(paymentRows, on: connection)
        try await BatchInsert(
            table: "allocations", columns: ["id", "org_id", "payment_id", "charge_id", "amount_minor", "created_at"]
        ).run(allocationRows, on: connection)
        try await ChargeSettlement.refreshAll(orgID: orgID, on: connection)
    }

    mutating func writeExpenses(orgID: UUID, buildingIDs: [UUID]) async throws {
        var rows: [[any MariaDBBindable]] = []
        for buildingID in buildingIDs {
            for month in months {
                for _ in 0..<(1 + Int(random.next() % 3)) {
                    let kind = pick(DemoPlan.expenseCategories)
                    let day = 1 + Int(random.next() % 28)
                    rows.append([
                        nextID(), orgID, buildingID, nil as UUID?, kind.category, kind.vendor,
                        between(kind.minMinor, kind.maxMinor), SQLDate(year: month.year, month: month.month, day: day),
                        "\(kind.category.capitalized) for \(month.year)-\(month.month)", now, now,
                    ])
                }
            }
        }
        summary.expenses = try await BatchInsert(
            table: "expenses",
            columns: [
                "id", "org_id", "building_id", "unit_id", "category", "vendor", "amount_minor", "spent_on",
                "description", "created_at", "updated_at",
            ]
        ).run(rows, on: connection)
    }

    /// What the rest of the API has to show, written last so the data above stays the same
    /// from release to release: family members, invoices for the latest month's rent (PAID
    /// when fully paid, else SENT), and on two vacant units an ended lease with its move-in
    /// and move-out events and a security-deposit refund with an itemised deduction.
    mutating func writeHistory(orgID: UUID) async throws {
        let tenants = try await connection.query(
            "SELECT id FROM tenants WHERE org_id = ? ORDER BY created_at, id LIMIT 12", [orgID])
        var familyRows: [[any MariaDBBindable]] = []
        for (index, row) in tenants.enumerated() where index % 2 == 0 {
            let tenantID: String = try row.decode("id")
            familyRows.append([
                nextID(), orgID, UUID(uuidString: tenantID), "\(pick(DemoPlan.firstNames)) \(pick(DemoPlan.lastNames))",
                pick(["spouse", "child", "parent"]), nil as String?, SQLDate(year: 2010 + Int(between(0, 10)), month: 6, day: 15), now,
            ])
        }
        summary.familyMembers = try await BatchInsert(
            table: "family_members",
            columns: ["id", "org_id", "tenant_id", "full_name", "relationship", "phone", "date_of_birth", "created_at"]
        ).run(familyRows, on: connection)

        let last = months[months.count - 1]
        let label = "\(last.year)-\(last.month < 10 ? "0" : "")\(last.month)"
        let charges = try await connection.query(
            """
            SELECT c.id, c.lease_id, c.due_date, c.amount_minor,
                   (SELECT COALESCE(SUM(a.amount_minor), 0) FROM allocations a WHERE a.charge_id = c.id) AS paid
            FROM charges c WHERE c.org_id = ? AND c.rent_month = ? ORDER BY c.lease_id
            """, [orgID, label])
        var invoiceRows: [[any MariaDBBindable]] = []
        var lineRows: [[any MariaDBBindable]] = []
        for (index, row) in charges.enumerated() {
            let invoiceID = nextID()
            let amount: Int64 = try row.decode("amount_minor")
            let paid: Int64 = try row.decode("paid")
            let sequence = String(index + 1)
            let number = "INV-\(last.year)-" + String(repeating: "0", count: max(0, 6 - sequence.count)) + sequence
            invoiceRows.append([
                invoiceID, orgID, UUID(uuidString: try row.decode("lease_id", as: String.self)), number,
                SQLDate(year: last.year, month: last.month, day: 1), try row.decode("due_date", as: SQLDate.self),
                paid >= amount ? "PAID" : "SENT", now, now,
            ])
            lineRows.append([invoiceID, UUID(uuidString: try row.decode("id", as: String.self))])
        }
        summary.invoices = try await BatchInsert(
            table: "invoices",
            columns: ["id", "org_id", "lease_id", "number", "issue_date", "due_date", "status", "created_at", "updated_at"]
        ).run(invoiceRows, on: connection)
        try await BatchInsert(table: "invoice_lines", columns: ["invoice_id", "charge_id"]).run(lineRows, on: connection)

        for unit in vacantUnits.prefix(2) {
            let tenantID = nextID()
            let leaseID = nextID()
            let first = pick(DemoPlan.firstNames)
            let lastName = pick(DemoPlan.lastNames)
            let start = SQLDate(year: months[0].year - 1, month: months[0].month, day: 1)
            let end = SQLDate(year: months[0].year, month: months[0].month, day: 1)
            let moveOut = SQLDate(daysSinceEpoch: end.daysSinceEpoch - 1)
            try await connection.execute(
                """
                INSERT INTO tenants (id, org_id, user_id, full_name, email, phone, status, identity_type, identity_number, notes, created_at, updated_at)
                VALUES (?, ?, NULL, ?, NULL, NULL, 'FORMER', NULL, NULL, 'Moved out; deposit refunded.', ?, ?)
                """, [tenantID, orgID, "\(first) \(lastName)", now, now])
            try await connection.execute(
                """
                INSERT INTO leases (id, org_id, unit_id, start_date, end_date, rent_minor, deposit_minor, due_day, status, end_reason, ended_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'ENDED', 'Tenant moved out', ?, ?, ?)
                """, [leaseID, orgID, unit.id, start, moveOut, unit.rent, unit.rent, now, now, now])
            try await connection.execute(
                "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, 'PRIMARY', ?)", [leaseID, tenantID, orgID])
            try await BatchInsert(
                table: "occupancy_events",
                columns: ["id", "org_id", "unit_id", "lease_id", "kind", "occurred_on", "note", "created_at"]
            ).run([
                [nextID(), orgID, unit.id, leaseID, "MOVE_IN", start, nil as String?, now],
                [nextID(), orgID, unit.id, leaseID, "MOVE_OUT", moveOut, "Keys returned", now],
            ], on: connection)
            let deduction = unit.rent / 5
            let refundID = nextID()
            try await connection.execute(
                """
                INSERT INTO deposit_refunds (id, org_id, lease_id, amount_minor, refunded_on, method, note, created_at)
                VALUES (?, ?, ?, ?, ?, 'BANK', 'Deposit returned less cleaning', ?)
                """, [refundID, orgID, leaseID, unit.rent - deduction, SQLDate(daysSinceEpoch: end.daysSinceEpoch + 13), now])
            try await connection.execute(
                "INSERT INTO deposit_deductions (id, refund_id, description, amount_minor) VALUES (?, ?, 'Cleaning and repainting', ?)",
                [nextID(), refundID, deduction])
            summary.tenants += 1
            summary.leases += 1
            summary.depositRefunds += 1
        }
    }

    /// One of each remaining billing and leasing case, on the lease of the demo TENANT user
    /// (so the tenant's own view shows them too): a co-tenant, an installment plan, a utility
    /// charge whose payment bounced (reversed, so the charge is owed again), a waived (voided)
    /// late fee; and one vacant unit under maintenance.
    mutating func writeShowcase(orgID: UUID) async throws {
        guard let row = try await connection.query(
            """
            SELECT l.id FROM leases l JOIN lease_parties lp ON lp.lease_id = l.id JOIN tenants t ON t.id = lp.tenant_id
            WHERE l.org_id = ? AND l.status = 'ACTIVE' ORDER BY t.user_id IS NULL, l.created_at, l.id LIMIT 1
            """, [orgID]).first
        else { return }
        let leaseID = UUID(uuidString: try row.decode("id", as: String.self))
        let last = months[months.count - 1]
        func day(_ monthsBack: Int, _ day: Int) -> SQLDate {
            let index = last.year * 12 + (last.month - 1) - monthsBack
            return SQLDate(year: index / 12, month: index % 12 + 1, day: day)
        }

        let coTenantID = nextID()
        try await connection.execute(
            """
            INSERT INTO tenants (id, org_id, user_id, full_name, email, phone, status, identity_type, identity_number, notes, created_at, updated_at)
            VALUES (?, ?, NULL, ?, NULL, NULL, 'ACTIVE', NULL, NULL, 'Co-tenant', ?, ?)
            """, [coTenantID, orgID, "\(pick(DemoPlan.firstNames)) \(pick(DemoPlan.lastNames))", now, now])
        try await connection.execute(
            "INSERT INTO lease_parties (lease_id, tenant_id, role, org_id) VALUES (?, ?, 'CO_TENANT', ?)", [leaseID, coTenantID, orgID])
        summary.tenants += 1

        let planID = nextID()
        try await connection.execute(
            """
            INSERT INTO installment_plans (id, org_id, lease_id, description, total_minor, installments, created_at)
            VALUES (?, ?, ?, 'Replacement of a broken window', 45000, 3, ?)
            """, [planID, orgID, leaseID, now])
        var charges: [[any MariaDBBindable]] = []
        for part in 1...3 {
            charges.append([nextID(), orgID, leaseID, "INSTALLMENT", "Replacement of a broken window (\(part)/3)", Int64(15_000),
                            day(3 - part, 10), planID, nil as SQLDateTime?, nil as String?, now])
        }
        let utilityID = nextID()
        charges.append([utilityID, orgID, leaseID, "UTILITY", "Water", Int64(4_200), day(1, 15), nil as UUID?,
                        nil as SQLDateTime?, nil as String?, now])
        charges.append([nextID(), orgID, leaseID, "LATE_FEE", "Late payment fee", Int64(2_500), day(2, 10), nil as UUID?,
                        now, "Waived as a goodwill gesture", now])
        summary.charges += try await BatchInsert(
            table: "charges",
            columns: ["id", "org_id", "lease_id", "kind", "description", "amount_minor", "due_date", "installment_plan_id",
                      "voided_at", "void_reason", "created_at"]
        ).run(charges, on: connection)

        let paymentID = nextID()
        try await connection.execute(
            """
            INSERT INTO payments (id, org_id, lease_id, kind, amount_minor, paid_on, method, reference, reversed_at, reverse_reason, created_at)
            VALUES (?, ?, ?, 'UTILITY', 4200, ?, 'CHECK', 'CHQ-1042', ?, 'Cheque bounced', ?)
            """, [paymentID, orgID, leaseID, day(1, 16), now, now])
        try await connection.execute(
            "INSERT INTO allocations (id, org_id, payment_id, charge_id, amount_minor, created_at) VALUES (?, ?, ?, ?, 4200, ?)",
            [nextID(), orgID, paymentID, utilityID, now])
        summary.payments += 1
        try await ChargeSettlement.refresh(chargeID: utilityID.uuidString, on: connection)

        if let unit = vacantUnits.last {
            try await connection.execute("UPDATE units SET status = 'MAINTENANCE' WHERE id = ?", [unit.id])
        }
    }
}
