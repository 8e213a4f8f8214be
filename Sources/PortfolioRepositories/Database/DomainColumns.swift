import MariaDB
import PortfolioDomain

// Domain values stored in columns, so records decode `LocalDate`/`BillingMonth` directly
// and repositories bind them without converting at each call site.

extension LocalDate: MariaDBDecodable, MariaDBBindable {
    /// A DATE column (also its `YYYY-MM-DD` text, as a cursor carries it).
    public init?(mariaDBValue: MariaDBValue) {
        switch mariaDBValue {
        case .date(let date):
            guard let value = try? LocalDate(year: date.year, month: date.month, day: date.day) else { return nil }
            self = value
        case .string(let text):
            guard let value = try? LocalDate(parsing: text) else { return nil }
            self = value
        default:
            return nil
        }
    }

    public var mariaDBValue: MariaDBValue { .date(SQLDate(year: year, month: month, day: day)) }
}

extension BillingMonth: MariaDBDecodable, MariaDBBindable {
    /// A `CHAR(7)` column holding `YYYY-MM`.
    public init?(mariaDBValue: MariaDBValue) {
        guard case .string(let text) = mariaDBValue, let value = try? BillingMonth(parsing: text) else { return nil }
        self = value
    }

    public var mariaDBValue: MariaDBValue { .string(description) }
}
