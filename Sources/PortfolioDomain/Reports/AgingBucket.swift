/// Delinquency aging buckets by days past due (as-of date − due date).
///
/// A charge enters the report on its due date (0 days past due) and moves bucket at 31, 61
/// and 91 days. Charges not yet due are "current" and not delinquent.
public enum AgingBucket: String, CaseIterable, Sendable, Hashable, Comparable {
    case days0to30 = "DAYS_0_30"
    case days31to60 = "DAYS_31_60"
    case days61to90 = "DAYS_61_90"
    case over90 = "DAYS_OVER_90"

    /// The bucket for a number of days past due; `nil` when negative (not yet due).
    public init?(daysPastDue days: Int) {
        switch days {
        case ..<0: return nil
        case 0...30: self = .days0to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }

    public static func < (a: AgingBucket, b: AgingBucket) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
