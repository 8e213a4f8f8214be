import Foundation
import PortfolioDomain

/// The UTC calendar day of an instant. Instants are stored in UTC, and "today" (the current
/// lease of a unit, a ledger's default date, derived occupancy) is judged on the UTC day.
enum UTCDay {
    static func of(_ date: Date) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // Components of a real instant always form a valid date; the fallback is unreachable.
        return (try? LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
            ?? (try! LocalDate(year: 1970, month: 1, day: 1))
    }

    static var today: LocalDate { of(Date()) }
}
