import Foundation
import GraphQLEngine
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// `bulkCreateUnits` (behind UNITS_MANAGE): up to `BulkUnitLabels.maximumCount` (500) units
/// in one building, labelled by a sequence (count, prefix, start, padWidth) or a custom
/// list, all or nothing in one transaction. The labels come from
/// `PortfolioDomain.BulkUnitLabels`, which names every label repeated in the request or
/// already in the building (BAD_USER_INPUT, kind conflict); the unique key is the last guard
/// against a concurrent insert (then `labels` ALREADY_EXISTS).
enum BulkUnitMutation {
    static let table: [String: FieldResolver] = [
        "Mutation.bulkCreateUnits": .async { _, arguments, context, _ in try await create(arguments, try APIContext.from(context)) },
    ]

    static func create(_ arguments: ObjectValue, _ api: APIContext) async throws -> [UnitRecord] {
        let scope = try api.recordScope(.unitsManage)
        let currency = try api.organizationCurrency()
        let input = InputObject(arguments)
        var errors: [FieldError] = []
        let rent = InputValidation.money(input.string("baseRent"), currency: currency, field: "baseRent", positive: false, into: &errors)
        let deposit = InputValidation.money(input.string("deposit"), currency: currency, field: "deposit", positive: false, into: &errors)
        let request: BulkUnitLabels.Request
        let custom = input.strings("labels")
        let count = input.int("count")
        switch (custom, count) {
        case (let labels?, nil):
            request = .custom(labels)
        case (nil, let count?):
            request = .sequence(
                count: count, prefix: input.string("prefix") ?? "", start: input.int("start") ?? 1,
                padWidth: input.int("padWidth") ?? 0)
        case (.some, .some):
            errors.append(FieldError(field: "labels", code: ErrorCode.invalidFormat, message: "Give either count (a sequence) or labels, not both"))
            request = .custom([])
        case (nil, nil):
            errors.append(FieldError(field: "count", code: ErrorCode.required, message: "Give count (a sequence) or labels"))
            request = .custom([])
        }
        // Shape problems (count range, empty or long labels) before touching the database;
        // repeated labels are reported with the existing ones inside the transaction.
        do {
            _ = try BulkUnitLabels.labels(for: request, existingLabels: [])
        } catch {
            if errors.isEmpty, error.kind != .conflict { throw error }
        }
        try InputValidation.finish(errors)
        guard let buildingID = input.string("buildingId").flatMap(UUID.init(uuidString:)) else { throw APIErrors.notFound("Building not found.") }
        let floorID = try UnitMutations.idField(input, "floorId", notFound: "Floor not found.") ?? nil
        let typeID = try UnitMutations.idField(input, "unitTypeId", notFound: "Unit type not found.") ?? nil
        let template = UnitRepository.Values(
            buildingID: buildingID, floorID: floorID, unitTypeID: typeID, label: "", area: nil, capacity: nil,
            baseRentMinor: rent?.minorUnits, depositMinor: deposit?.minorUnits, status: "AVAILABLE", amenities: [], utilities: [], description: nil)
        let taken = PortfolioArguments.taken("labels", "A label was taken by a concurrent change; nothing was created")
        return try await PortfolioArguments.mappingDuplicate(taken) {
            try await api.requirePool().retryingDeadlocks { connection in
                try await UnitMutations.checkPlace(template, orgID: scope.orgID, on: connection)
                let existing = try await UnitRepository.labels(buildingID: buildingID, on: connection)
                let labels: [String]
                do {
                    labels = try BulkUnitLabels.labels(for: request, existingLabels: existing)
                } catch let error as DomainError {
                    // Clashing labels are bad input of this request (BAD_USER_INPUT naming each
                    // label's field), with the domain's message listing them.
                    throw APIErrors.error(.badUserInput, error.message, ["fields": APIErrors.fieldList(error.fields)])
                }
                let now = Date()
                var ids: [UUID] = []
                for label in labels {
                    var values = template
                    values.label = label
                    let id = UUID()
                    try await UnitRepository.insert(id: id, orgID: scope.orgID, values, now: now, on: connection)
                    ids.append(id)
                }
                let found = try await RecordLookup.fetch(UnitRecord.self, ids: ids.map { $0.uuidString }, scope: RecordScope(orgID: scope.orgID), on: connection)
                return ids.compactMap { found[$0.uuidString.lowercased()] }
            }
        }
    }
}
