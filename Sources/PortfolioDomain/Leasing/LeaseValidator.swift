/// Checks a lease's own terms (no database needed), collecting every problem so the API can
/// report them all at once as `BAD_USER_INPUT` field errors.
///
/// Rules: end date (if any) on or after start date; rent > 0; deposit ≥ 0; rent and deposit in
/// the same currency; due day 1–31 (clamped per month, see `DueDate`); at least one party,
/// exactly one PRIMARY, no tenant listed twice.
public enum LeaseValidator {
    /// Accepted due days; shorter months clamp to their last day.
    public static let dueDayRange = 1...31

    /// Every rule `terms` breaks, as field errors; empty when the terms are valid.
    public static func validate(_ terms: LeaseTerms) -> [FieldError] {
        var errors: [FieldError] = []
        if let end = terms.endDate, end < terms.startDate {
            errors.append(FieldError(field: "endDate", code: ErrorCode.datesOutOfOrder,
                                     message: "End date \(end) is before start date \(terms.startDate)"))
        }
        if !terms.rent.isPositive {
            errors.append(FieldError(field: "rent", code: ErrorCode.mustBePositive, message: "Rent amount must be positive"))
        }
        if terms.deposit.isNegative {
            errors.append(FieldError(field: "deposit", code: ErrorCode.mustNotBeNegative, message: "Deposit must not be negative"))
        }
        if terms.deposit.currency != terms.rent.currency {
            errors.append(FieldError(field: "deposit", code: ErrorCode.currencyMismatch,
                                     message: "Deposit currency \(terms.deposit.currency) differs from rent currency \(terms.rent.currency)"))
        }
        if !dueDayRange.contains(terms.dueDay) {
            errors.append(FieldError(field: "dueDay", code: ErrorCode.outOfRange, message: "Due day must be between 1 and 31"))
        }
        errors += validateParties(terms.parties)
        return errors
    }

    /// Throwing form of `validate`.
    public static func check(_ terms: LeaseTerms) throws(DomainError) {
        if let e = DomainError.validation(validate(terms)) { throw e }
    }

    static func validateParties(_ parties: [LeaseParty]) -> [FieldError] {
        guard !parties.isEmpty else {
            return [FieldError(field: "parties", code: ErrorCode.required, message: "A lease needs at least one tenant")]
        }
        var errors: [FieldError] = []
        let primaries = parties.filter { $0.role == .primary }.count
        if primaries != 1 {
            errors.append(FieldError(field: "parties", code: ErrorCode.primaryPartyCount,
                                     message: "A lease needs exactly one primary tenant, got \(primaries)"))
        }
        var seen: Set<EntityID> = []
        for (i, p) in parties.enumerated() where !seen.insert(p.tenantId).inserted {
            errors.append(FieldError(field: "parties[\(i)].tenantId", code: ErrorCode.duplicate,
                                     message: "Tenant \(p.tenantId) is listed more than once"))
        }
        return errors
    }
}
