/// A building's billing defaults (seed 003 properties: `default_billing_cycle`,
/// `default_due_day`, `default_cutoff_day`), copied into new leases of its units unless the
/// lease says otherwise.
public struct BillingDefaults: Hashable, Sendable {
    /// How often rent is charged. Only monthly billing exists today; the enum leaves room.
    public enum Cycle: String, CaseIterable, Sendable, Hashable {
        case monthly = "MONTHLY"
    }

    public var cycle: Cycle
    /// Day rent is due, 1–31, clamped to month end like a lease's due day.
    public var dueDay: Int
    /// Day of the month the billing period closes for reporting, 1–31, clamped to month end.
    public var cutoffDay: Int

    /// Validates both days (field names `defaultDueDay`, `defaultCutoffDay`), reporting both
    /// problems at once.
    public init(cycle: Cycle = .monthly, dueDay: Int = 1, cutoffDay: Int = 31) throws(DomainError) {
        var errors: [FieldError] = []
        if !(1...31).contains(dueDay) {
            errors.append(FieldError(field: "defaultDueDay", code: ErrorCode.outOfRange, message: "Due day must be between 1 and 31"))
        }
        if !(1...31).contains(cutoffDay) {
            errors.append(FieldError(field: "defaultCutoffDay", code: ErrorCode.outOfRange, message: "Cutoff day must be between 1 and 31"))
        }
        if let e = DomainError.validation(errors) { throw e }
        self.cycle = cycle
        self.dueDay = dueDay
        self.cutoffDay = cutoffDay
    }

    /// The closing date of `month`'s billing period.
    public func cutoffDate(in month: BillingMonth) -> LocalDate { month.clampedDay(cutoffDay) }
}
