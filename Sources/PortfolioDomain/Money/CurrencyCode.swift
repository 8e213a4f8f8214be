/// An ISO 4217 alphabetic currency code (three upper-case ASCII letters) with the number of
/// minor-unit digits the currency uses, because an amount is only exact relative to that.
///
/// Unknown but well-formed codes are accepted with the common default of 2 digits; the table
/// below lists the currencies whose minor unit differs (ISO 4217 list, 2024 edition).
public struct CurrencyCode: Hashable, Sendable, CustomStringConvertible {
    /// The three-letter code, e.g. `USD`.
    public let code: String
    /// Digits after the decimal point: 0 (JPY), 2 (USD) or 3 (KWD).
    public let minorUnitDigits: Int

    /// Validates and normalises (upper-cases) a code; throws `INVALID_CURRENCY` otherwise.
    public init(_ code: String, field: String = "currency") throws(DomainError) {
        let upper = code.uppercased()
        let scalars = upper.unicodeScalars
        guard scalars.count == 3, scalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else {
            throw .invalid(field, ErrorCode.invalidCurrency, "Currency must be a three-letter ISO 4217 code, got \"\(code)\"")
        }
        self.code = upper
        self.minorUnitDigits = CurrencyCode.exceptions[upper] ?? 2
    }

    private init(known code: String, digits: Int) {
        self.code = code
        self.minorUnitDigits = digits
    }

    public var description: String { code }

    /// 10^minorUnitDigits: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 {
        var p: Int64 = 1
        for _ in 0..<minorUnitDigits { p *= 10 }
        return p
    }

    // Common codes as constants, so call sites need not handle a throwing initialiser.
    public static let usd = CurrencyCode(known: "USD", digits: 2)
    public static let eur = CurrencyCode(known: "EUR", digits: 2)
    public static let mvr = CurrencyCode(known: "MVR", digits: 2)
    public static let bdt = CurrencyCode(known: "BDT", digits: 2)
    public static let jpy = CurrencyCode(known: "JPY", digits: 0)
    public static let kwd = CurrencyCode(known: "KWD", digits: 3)

    /// Currencies whose minor unit is not 2 digits.
    static let exceptions: [String: Int] = [
        // zero-decimal currencies
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
        "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        // three-decimal currencies
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        // four-decimal units of account
        "CLF": 4, "UYW": 4,
    ]
}
