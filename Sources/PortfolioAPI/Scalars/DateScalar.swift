import PortfolioDomain

/// `Date`: a calendar day `YYYY-MM-DD` (no time, no zone), e.g. a lease start or a due date.
enum DateScalar {
    static let scalar = TextScalar(
        name: "Date",
        hint: "Date must be a calendar date such as \"2026-01-31\".",
        isValid: { text in (try? LocalDate(parsing: text)) != nil },
        format: { value in (value as? LocalDate)?.description })
}
