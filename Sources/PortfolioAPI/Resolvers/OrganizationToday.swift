import Foundation
import PortfolioDomain

extension APIContext {
    /// Today's date in the request's organization's time zone (`organizations.timezone`, an
    /// IANA name, default `UTC`): what every default that says "today" means — a unit's
    /// current lease and derived occupancy, a ledger's or balance's default `asOf`, the day
    /// credit is applied on, "not in the future" checks. The organization row (with its time
    /// zone) is loaded once per request with the viewer's membership; an unknown name (never
    /// stored by `updateOrganization`) falls back to UTC.
    func organizationToday() throws -> LocalDate {
        let viewer = try requireViewer()
        guard let organization = viewer.membership?.organization else {
            throw APIErrors.forbidden("Choose an organization with the X-Org-Id header.")
        }
        return OrganizationDay.of(Date(), in: TimeZone(identifier: organization.timezone) ?? TimeZone(identifier: "UTC")!)
    }
}

/// The calendar day of an instant in a time zone.
enum OrganizationDay {
    static func of(_ date: Date, in zone: TimeZone) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // Components of a real instant always form a valid date; the fallback is unreachable.
        return (try? LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)) ?? UTCDay.of(date)
    }
}
