import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `createLease`, `updateLease`, `endLease`. Terms are checked by the domain
/// (`LeaseValidator`) before any SQL; the overlap rule (`LeaseOverlap`) runs inside the
/// transaction after the unit row is locked `FOR UPDATE`, so two concurrent creations on one
/// unit are serialised and the second sees the first's lease.
enum LeaseMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.createLease": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
        "Mutation.updateLease": .async { _, arguments, context, _ in try await update(arguments, try APIContext.from(context)) },
        "Mutation.endLease": .async { _, arguments, context, _ in try await end(arguments, try APIContext.from(context)) },
    ]

    static let maxReason = 500

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let startDate = InputValidation.date(input.string("startDate"), field: "startDate", into: &errors)
        let endDate = InputValidation.date(input.string("endDate"), field: "endDate", into: &errors)
        let rent = InputValidation.money(input.string("rent"), currency: currency, field: "rent", positive: false, nonNegative: false, into: &errors)
        let deposit = InputValidation.money(input.string("deposit") ?? "0", currency: currency, field: "deposit", positive: false, nonNegative: false, into: &errors)
        let dueDay = input.int("dueDay") ?? 0
        var parties: [(tenantID: UUID, role: String)] = []
        var domainParties: [LeaseParty] = []
        var badTenantID = false
        if case .list(let items)? = input.fields["parties"] {
            for item in items {
                guard case .object(let object) = item else { continue }
                let party = InputObject(["p": .object(object)], "p")
                let role = party.string("role") ?? "PRIMARY"
                let text = party.string("tenantId") ?? ""
                guard let tenantID = UUID(uuidString: text) else {
                    badTenantID = true
                    continue
                }
                parties.append((tenantID, role))
                domainParties.append(LeaseParty(tenantId: EntityID(tenantID.uuidString.lowercased()), role: role == "PRIMARY" ? .primary : .coTenant))
            }
        }
        errors += termErrors(startDate: startDate, endDate: endDate, rent: rent, deposit: deposit, dueDay: dueDay,
                             parties: domainParties, currency: currency)
        try InputValidation.finish(errors)
        guard let unitID = LeasingArguments.id(input.fields, "unitId") else { throw APIErrors.notFound("Unit not found.") }
        if badTenantID { throw APIErrors.notFound("Tenant not found.") }
        guard let startDate, let rent, let deposit else { throw APIErrors.badUserInput([]) }
        let values = LeaseRepository.Values(
            unitID: unitID, startDate: startDate, endDate: endDate, rentMinor: rent.minorUnits, depositMinor: deposit.minorUnits, dueDay: dueDay)
        let id = UUID()
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard try await LeaseRepository.lockUnit(unitID, orgID: scope.orgID, on: connection) != nil else {
                throw APIErrors.notFound("Unit not found.")
            }
            let known = try await LeaseRepository.existingTenants(parties.map(\.tenantID), orgID: scope.orgID, on: connection)
            if parties.contains(where: { !known.contains($0.tenantID.uuidString.lowercased()) }) {
                throw APIErrors.notFound("Tenant not found.")
            }
            try await checkOverlap(values, excluding: nil, on: connection)
            let now = Date()
            try await LeaseRepository.insert(id: id, orgID: scope.orgID, values, parties: parties, now: now, on: connection)
            try await OccupancyEventRepository.insert(
                id: UUID(), orgID: scope.orgID, unitID: unitID, leaseID: id, kind: "MOVE_IN", occurredOn: startDate,
                note: nil, now: now, on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    /// Changes the dates, rent, deposit or due day of an ACTIVE lease; the whole terms are
    /// validated again and the overlap check repeated (excluding the lease itself). When the
    /// end date moves earlier (or an open-ended lease gets one), rent billed after it is
    /// voided and the end month prorated (`LeaseRentAdjustment`), in the same transaction.
    /// A start moved later is refused (`RENT_BILLED_BEFORE_START`) while standing rent charges
    /// bill time before it.
    static func update(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let startDate = InputValidation.date(input.string("startDate"), field: "startDate", into: &errors)
        if input.has("startDate"), input.string("startDate") == nil {
            errors.append(FieldError(field: "startDate", code: ErrorCode.required, message: "Start date cannot be cleared"))
        }
        let endDate = InputValidation.date(input.string("endDate"), field: "endDate", into: &errors)
        let rent = InputValidation.money(input.string("rent"), currency: currency, field: "rent", positive: true, into: &errors)
        if input.has("rent"), input.string("rent") == nil {
            errors.append(FieldError(field: "rent", code: ErrorCode.required, message: "Rent cannot be cleared"))
        }
        let deposit = InputValidation.money(input.string("deposit"), currency: currency, field: "deposit", positive: false, into: &errors)
        if input.has("deposit"), input.string("deposit") == nil {
            errors.append(FieldError(field: "deposit", code: ErrorCode.required, message: "Deposit cannot be cleared"))
        }
        let dueDay = input.int("dueDay")
        if let dueDay, !LeaseValidator.dueDayRange.contains(dueDay) {
            errors.append(FieldError(field: "dueDay", code: ErrorCode.outOfRange, message: "Due day must be between 1 and 31"))
        }
        if input.has("dueDay"), dueDay == nil {
            errors.append(FieldError(field: "dueDay", code: ErrorCode.required, message: "Due day cannot be cleared"))
        }
        try InputValidation.finish(errors)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Lease not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let current = try await lockLease(id, scope, on: connection)
            guard current.status == LeaseStatus.active.rawValue else {
                throw LeasingArguments.bad("id", ErrorCode.illegalTransition, "Only an active lease can be changed; this one is \(current.status)")
            }
            let values = LeaseRepository.Values(
                unitID: UUID(uuidString: current.unitID)!, startDate: startDate ?? current.startDate,
                endDate: input.has("endDate") ? endDate : current.endDate,
                rentMinor: rent?.minorUnits ?? current.rentMinor, depositMinor: deposit?.minorUnits ?? current.depositMinor,
                dueDay: dueDay ?? current.dueDay)
            if let end = values.endDate, end < values.startDate {
                throw LeasingArguments.bad(input.has("endDate") ? "endDate" : "startDate", ErrorCode.datesOutOfOrder,
                                           "End date \(end) is before start date \(values.startDate)")
            }
            try await checkOverlap(values, excluding: current.id, on: connection)
            let now = Date()
            let terms = LeaseRentAdjustment.Terms(leaseID: id, rentMinor: values.rentMinor, startDate: values.startDate, dueDay: values.dueDay)
            if values.startDate > current.startDate {
                try await LeaseRentAdjustment.refuseRentBeforeStart(terms, end: values.endDate, orgID: scope.orgID, currency: currency, on: connection)
            }
            if let newEnd = values.endDate, current.endDate.map({ newEnd < $0 }) ?? true {
                try await LeaseRentAdjustment.trim(
                    terms, endingOn: newEnd, field: "endDate", orgID: scope.orgID, currency: currency, now: now, on: connection)
            }
            try await LeaseRepository.updateTerms(id: id, values, now: now, on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    /// Ends an ACTIVE lease (`LeaseEnd` rules) and logs MOVE_OUT on the end date. In the same
    /// transaction, rent charges of months after the end are voided and the end month's rent
    /// is replaced by its prorated amount when larger (`LeaseRentAdjustment`); refused with
    /// `CHARGE_ALLOCATED` when payments are allocated to a charge that would be voided.
    static func end(_ arguments: ObjectValue, _ api: APIContext) async throws -> LeaseRecord {
        let scope = try api.recordScope(.leasesManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let endDate = InputValidation.date(input.string("endDate"), field: "endDate", into: &errors)
        let reason = InputValidation.optionalText(input.string("reason"), field: "reason", label: "Reason", maximum: maxReason, into: &errors)
        try InputValidation.finish(errors)
        guard let id = LeasingArguments.id(arguments) else { throw APIErrors.notFound("Lease not found.") }
        guard let endDate else { throw APIErrors.badUserInput([]) }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let current = try await lockLease(id, scope, on: connection)
            do {
                _ = try LeaseEnd(lease: LeasingArguments.occupancy(current), endDate: endDate, reason: reason, rentCharges: [])
            } catch let error as DomainError {
                let fields = error.fields.map { FieldError(field: $0.field == "leaseId" ? "id" : $0.field, code: $0.code, message: $0.message) }
                throw APIErrors.badUserInput(fields.isEmpty ? [FieldError(field: "id", code: error.code, message: error.message)] : fields)
            }
            let now = Date()
            try await LeaseRentAdjustment.trim(
                LeaseRentAdjustment.Terms(leaseID: id, rentMinor: current.rentMinor, startDate: current.startDate, dueDay: current.dueDay),
                endingOn: endDate, field: "endDate", orgID: scope.orgID, currency: currency, now: now, on: connection)
            try await LeaseRepository.end(id: id, endDate: endDate, reason: reason, now: now, on: connection)
            try await OccupancyEventRepository.insert(
                id: UUID(), orgID: scope.orgID, unitID: UUID(uuidString: current.unitID)!, leaseID: id, kind: "MOVE_OUT",
                occurredOn: endDate, note: reason, now: now, on: connection)
            return try await reread(id, scope, on: connection)
        }
    }

    /// The domain's term rules, with field names in the API's `parties.0.tenantId` form.
    /// Values that failed to parse are replaced by neutral ones so the other rules still run
    /// (their own error is already listed).
    static func termErrors(
        startDate: LocalDate?, endDate: LocalDate?, rent: Money?, deposit: Money?, dueDay: Int, parties: [LeaseParty], currency: CurrencyCode
    ) -> [FieldError] {
        let start = startDate ?? endDate ?? UTCDay.today
        let terms = LeaseTerms(
            unitId: EntityID("unit"), startDate: start, endDate: startDate == nil ? nil : endDate,
            rent: rent ?? Money(minorUnits: 1, currency: currency), deposit: deposit ?? .zero(currency),
            dueDay: dueDay, parties: parties)
        return LeaseValidator.validate(terms).map { error in
            var field = error.field
            if field.hasPrefix("parties["), let close = field.firstIndex(of: "]") {
                let index = field[field.index(field.startIndex, offsetBy: 8)..<close]
                field = "parties.\(index)" + field[field.index(after: close)...]
            }
            return FieldError(field: field, code: error.code, message: error.message)
        }
    }

    /// Refuses (BAD_USER_INPUT `startDate`, code LEASE_OVERLAP) terms sharing a day with
    /// another lease of the unit. The unit row must already be locked.
    static func checkOverlap(_ values: LeaseRepository.Values, excluding: String?, on connection: MariaDBConnection) async throws {
        let existing = try await LeaseRepository.leasesOfUnit(values.unitID, on: connection).map(LeasingArguments.occupancy)
        let clashes = LeaseOverlap.conflicts(
            unitId: EntityID(values.unitID.uuidString.lowercased()), start: values.startDate, end: values.endDate,
            existing: existing, excluding: excluding.map { EntityID($0.lowercased()) })
        if let first = clashes.first {
            let until = first.endDate.map(\.description) ?? "open-ended"
            throw LeasingArguments.bad("startDate", ErrorCode.leaseOverlap,
                                       "The unit already has lease \(first.leaseId) from \(first.startDate) to \(until)")
        }
    }

    /// The lease in scope with its unit locked first (the same order as creation: unit, then
    /// lease), NOT_FOUND otherwise.
    static func lockLease(_ id: UUID, _ scope: RecordScope, on connection: MariaDBConnection) async throws -> LeaseRecord {
        guard let peek = try await RecordLookup.find(LeaseRecord.self, id: id.uuidString, scope: scope, on: connection),
              let unitID = UUID(uuidString: peek.unitID),
              try await LeaseRepository.lockUnit(unitID, orgID: scope.orgID, on: connection) != nil,
              let lease = try await LeasingLock.lock(LeaseRecord.self, id: id, scope: scope, on: connection)
        else { throw APIErrors.notFound("Lease not found.") }
        return lease
    }

    static func reread(_ id: UUID, _ scope: RecordScope, on connection: MariaDBConnection) async throws -> LeaseRecord {
        guard let record = try await LeasingLock.lock(LeaseRecord.self, id: id, scope: scope, on: connection) else {
            throw APIErrors.notFound("Lease not found.")
        }
        return record
    }
}
