import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `generateRentCharges`, `createCharge`, `createInstallmentPlan`, `voidCharge`. Inputs are
/// validated first (one BAD_USER_INPUT naming each bad field); then one transaction does
/// the work, so a failure changes nothing.
enum ChargeMutations {
    static let table: [String: FieldResolver] = [
        "Mutation.generateRentCharges": .async { _, a, c, _ in try await generateRent(a, try APIContext.from(c)) },
        "Mutation.createCharge": .async { _, a, c, _ in try await createCharge(a, try APIContext.from(c)) },
        "Mutation.createInstallmentPlan": .async { _, a, c, _ in try await createPlan(a, try APIContext.from(c)) },
        "Mutation.voidCharge": .async { _, a, c, _ in try await voidCharge(a, try APIContext.from(c)) },
    ]

    /// Refusal code of `voidCharge` while standing payments are allocated to the charge.
    static let chargeAllocated = "CHARGE_ALLOCATED"
    static let maxDescription = 300
    static let maxReason = 500

    static func uuid(_ arguments: ObjectValue, _ name: String, notFound: String) throws -> UUID {
        guard case .string(let text)? = arguments[name], let id = UUID(uuidString: text) else { throw APIErrors.notFound(notFound) }
        return id
    }

    /// Rent for `month`: the domain's `MonthlyRentRun` plans the (prorated) charges of the
    /// leases that have none yet; each is inserted with `INSERT IGNORE` so the unique key
    /// (lease, month) leaves exactly one charge even when two runs race. The answer splits
    /// the month's charges of the leases concerned into created by this call and existing.
    static func generateRent(_ arguments: ObjectValue, _ api: APIContext) async throws -> BillingTypeResolvers.RentChargeGeneration {
        let scope = try api.recordScope(.chargesGenerate)
        let currency = try api.organizationCurrency()
        var errors: [FieldError] = []
        var month: BillingMonth?
        if case .string(let raw)? = arguments["month"] {
            do { month = try BillingMonth(parsing: raw, field: "month") } catch { errors.append(contentsOf: error.fields) }
        }
        try InputValidation.finish(errors)
        guard let month else { throw APIErrors.badUserInput([FieldError(field: "month", code: ErrorCode.required, message: "Month is required")]) }
        var onlyLease: UUID?
        if arguments["leaseId"].map({ !$0.isNull }) ?? false { onlyLease = try uuid(arguments, "leaseId", notFound: "Lease not found.") }
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            let leases: [BillingLease]
            if let onlyLease {
                guard let lease = try await BillingLease.find(onlyLease, scope: RecordScope(orgID: scope.orgID), lock: true, on: connection) else {
                    throw APIErrors.notFound("Lease not found.")
                }
                leases = [lease]
            } else {
                leases = try await BillingLease.covering(month, orgID: scope.orgID, on: connection)
            }
            let leaseIDs = leases.compactMap { UUID(uuidString: $0.id) }
            let before = try await ChargeRepository.rentCharges(month: month, leaseIDs: leaseIDs, orgID: scope.orgID, on: connection)
            let planned = try MonthlyRentRun.plan(
                month: month,
                leases: leases.map {
                    MonthlyRentRun.LeaseBillingRecord(
                        leaseId: EntityID($0.id.lowercased()), status: LeaseStatus(rawValue: $0.status) ?? .active,
                        startDate: $0.startDate, endDate: $0.endDate,
                        rent: Money(minorUnits: $0.rentMinor, currency: currency), dueDay: $0.dueDay)
                },
                alreadyCharged: Set(before.map { EntityID($0.leaseID.lowercased()) }))
            var createdIDs: Set<String> = []
            let now = Date()
            for item in planned {
                guard let leaseID = UUID(uuidString: item.leaseId.rawValue) else { continue }
                let charge = item.charge
                var description = "Rent \(month)"
                if charge.isProrated { description += " (prorated \(charge.occupiedDays)/\(charge.daysInMonth) days)" }
                let new = ChargeRepository.NewCharge(
                    leaseID: leaseID, kind: .rent, rentMonth: month, description: description,
                    amountMinor: charge.amount.minorUnits, dueDate: charge.dueOn)
                if try await ChargeRepository.insert(new, orgID: scope.orgID, now: now, ignoringDuplicate: true, on: connection) {
                    createdIDs.insert(new.id.uuidString.lowercased())
                }
            }
            let after = try await ChargeRepository.rentCharges(month: month, leaseIDs: leaseIDs, orgID: scope.orgID, on: connection)
            return BillingTypeResolvers.RentChargeGeneration(
                month: month,
                created: after.filter { createdIDs.contains($0.id.lowercased()) },
                existing: after.filter { !createdIDs.contains($0.id.lowercased()) })
        }
    }

    static func createCharge(_ arguments: ObjectValue, _ api: APIContext) async throws -> ChargeRecord {
        let scope = try api.recordScope(.chargesGenerate)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let kind = ChargeKind(rawValue: input.string("kind") ?? "") ?? .other
        if kind == .rent {
            errors.append(FieldError(field: "kind", code: ErrorCode.outOfRange, message: "Rent charges come from generateRentCharges"))
        } else if kind == .installment {
            errors.append(FieldError(field: "kind", code: ErrorCode.outOfRange, message: "Installment charges come from createInstallmentPlan"))
        }
        let amount = InputValidation.money(input.string("amount"), currency: currency, field: "amount", into: &errors)
        let dueDate = InputValidation.date(input.string("dueDate"), field: "dueDate", into: &errors)
        let description = InputValidation.text(input.string("description") ?? "", field: "description", label: "Description",
                                               maximum: maxDescription, into: &errors)
        let key = IdempotentMutation.key(input.string("idempotencyKey"), into: &errors)
        try InputValidation.finish(errors)
        let leaseID = try uuid(input.fields, "leaseId", notFound: "Lease not found.")
        guard let amount, let dueDate else { throw APIErrors.badUserInput([]) }
        let request = "\(leaseID.uuidString)|\(kind.rawValue)|\(amount.minorUnits)|\(dueDate)|\(description)"
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await IdempotentMutation.run(
                key: key, operation: "createCharge", request: request, scope: scope, on: connection,
                perform: {
                    guard try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), on: connection) != nil else {
                        throw APIErrors.notFound("Lease not found.")
                    }
                    let new = ChargeRepository.NewCharge(leaseID: leaseID, kind: kind, description: description,
                                                         amountMinor: amount.minorUnits, dueDate: dueDate)
                    try await ChargeRepository.insert(new, orgID: scope.orgID, now: Date(), on: connection)
                    let id = new.id.uuidString.lowercased()
                    return (try await reread(id, orgID: scope.orgID, on: connection), [id])
                },
                replay: { ids in try await reread(ids.first ?? "", orgID: scope.orgID, on: connection) })
        }
    }

    static func reread(_ id: String, orgID: UUID, on connection: MariaDBConnection) async throws -> ChargeRecord {
        guard let charge = try await ChargeRepository.read([id], orgID: orgID, on: connection).first else {
            throw APIErrors.notFound("Charge not found.")
        }
        return charge
    }

    /// One amount split by the domain's `InstallmentPlan` into charges of kind INSTALLMENT
    /// that carry the plan's id.
    static func createPlan(_ arguments: ObjectValue, _ api: APIContext) async throws -> InstallmentPlanRecord {
        let scope = try api.recordScope(.chargesGenerate)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let total = InputValidation.money(input.string("total"), currency: currency, field: "total", into: &errors)
        let firstDue = InputValidation.date(input.string("firstDueDate"), field: "firstDueDate", into: &errors)
        let description = InputValidation.text(input.string("description") ?? "", field: "description", label: "Description",
                                               maximum: maxDescription - 12, into: &errors)
        var count = 0
        if case .int(let value)? = input.fields["installmentCount"] { count = value }
        if !(1...InstallmentPlan.maximumCount).contains(count) {
            errors.append(FieldError(field: "installmentCount", code: ErrorCode.outOfRange,
                                     message: "Installment count must be between 1 and \(InstallmentPlan.maximumCount)"))
        }
        let key = IdempotentMutation.key(input.string("idempotencyKey"), into: &errors)
        try InputValidation.finish(errors)
        let leaseID = try uuid(input.fields, "leaseId", notFound: "Lease not found.")
        guard let total, let firstDue else { throw APIErrors.badUserInput([]) }
        let plan = try InstallmentPlan(total: total, count: count, firstDueOn: firstDue)
        let request = "\(leaseID.uuidString)|\(total.minorUnits)|\(count)|\(firstDue)|\(description)"
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            try await IdempotentMutation.run(
                key: key, operation: "createInstallmentPlan", request: request, scope: scope, on: connection,
                perform: {
                    guard try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), on: connection) != nil else {
                        throw APIErrors.notFound("Lease not found.")
                    }
                    let planID = UUID()
                    let now = Date()
                    try await ChargeRepository.insertPlan(id: planID, orgID: scope.orgID, leaseID: leaseID, description: description,
                                                          totalMinor: total.minorUnits, count: count, now: now, on: connection)
                    for part in plan.installments {
                        try await ChargeRepository.insert(
                            ChargeRepository.NewCharge(leaseID: leaseID, kind: .installment,
                                                       description: "\(description) (\(part.number)/\(count))",
                                                       amountMinor: part.amount.minorUnits, dueDate: part.dueOn, installmentPlanID: planID),
                            orgID: scope.orgID, now: now, on: connection)
                    }
                    let id = planID.uuidString.lowercased()
                    return (try await rereadPlan(id, orgID: scope.orgID, on: connection), [id])
                },
                replay: { ids in try await rereadPlan(ids.first ?? "", orgID: scope.orgID, on: connection) })
        }
    }

    static func rereadPlan(_ id: String, orgID: UUID, on connection: MariaDBConnection) async throws -> InstallmentPlanRecord {
        try await RecordLookup.require(InstallmentPlanRecord.self, id: id, scope: RecordScope(orgID: orgID), what: "Installment plan", on: connection)
    }

    /// Voids a charge (the row stays). Refused while standing payments are allocated to
    /// it (reverse them, or the API would have to decide where their money goes).
    static func voidCharge(_ arguments: ObjectValue, _ api: APIContext) async throws -> ChargeRecord {
        let scope = try api.recordScope(.chargesVoid)
        var errors: [FieldError] = []
        var reasonText = ""
        if case .string(let raw)? = arguments["reason"] { reasonText = raw }
        let reason = InputValidation.text(reasonText, field: "reason", label: "Reason", maximum: maxReason, into: &errors)
        try InputValidation.finish(errors)
        let id = try uuid(arguments, "id", notFound: "Charge not found.")
        let pool = try api.requirePool()
        return try await pool.retryingDeadlocks { connection in
            guard let found = try await ChargeRepository.read([id.uuidString], orgID: scope.orgID, on: connection).first,
                  let leaseID = UUID(uuidString: found.leaseID),
                  try await BillingLease.find(leaseID, scope: RecordScope(orgID: scope.orgID), lock: true, on: connection) != nil,
                  let charge = try await ChargeRepository.lock(id, orgID: scope.orgID, on: connection)
            else { throw APIErrors.notFound("Charge not found.") }
            if charge.voidedAt != nil {
                throw APIErrors.badUserInput([FieldError(field: "id", code: ErrorCode.alreadyVoided, message: "The charge is already voided")])
            }
            let books = try await LeaseBooks.load(leaseID: leaseID, orgID: scope.orgID, on: connection)
            let standing = Set(books.payments.filter { $0.reversedAt == nil }.map { $0.id.lowercased() })
            if books.allocations.contains(where: { $0.chargeID.lowercased() == charge.id.lowercased() && standing.contains($0.paymentID.lowercased()) }) {
                throw APIErrors.badUserInput([FieldError(field: "id", code: chargeAllocated,
                                                         message: "Payments are allocated to the charge; reverse them before voiding it")])
            }
            try await ChargeRepository.void(id, reason: reason, now: Date(), on: connection)
            return try await reread(charge.id, orgID: scope.orgID, on: connection)
        }
    }
}
