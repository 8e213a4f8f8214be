import PortfolioDomain

/// `Month`: a billing month `YYYY-MM`, e.g. the month rent charges are generated for.
enum MonthScalar {
    static let scalar = TextScalar(
        name: "Month",
        hint: "Month must be a billing month such as \"2026-01\".",
        isValid: { text in (try? BillingMonth(parsing: text)) != nil },
        format: { value in (value as? BillingMonth)?.description })
}
