/// Due-date rule: a lease's due day (1–31) in a month, clamped to the month's last day, so a
/// due day of 31 means 30 April and 28/29 February, and never spills into the next month.
public enum DueDate {
    /// The due date in `month` for a due day of 1–31.
    public static func date(dueDay: Int, in month: BillingMonth) -> LocalDate {
        month.clampedDay(dueDay)
    }
}
