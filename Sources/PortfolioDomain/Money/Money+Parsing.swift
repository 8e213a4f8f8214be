/// Parsing exact decimal strings such as `"1234.50"` or `"-0.5"`.
///
/// Accepted grammar: an optional `-`, one or more ASCII digits, then optionally `.` and one or
/// more digits — no more fraction digits than the currency has (no silent rounding). Rejected:
/// exponents (`"1e3"`), a leading `+`, spaces, thousands separators, a bare `"."`, `".5"`,
/// `"5."`, and anything that does not fit `Int64` minor units.
extension Money {
    /// Parses `text` in `currency`; `field` names the input in errors.
    public init(parsing text: String, currency: CurrencyCode, field: String = "amount") throws(DomainError) {
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if scalars.first == "-" {
            negative = true
            scalars = scalars.dropFirst()
        }
        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var seenPoint = false
        for s in scalars {
            if s == "." {
                guard !seenPoint else { throw Money.formatError(text, field) }
                seenPoint = true
            } else if s.value >= 48 && s.value <= 57 {
                if seenPoint { fractionDigits.append(UInt8(s.value - 48)) } else { integerDigits.append(UInt8(s.value - 48)) }
            } else {
                throw Money.formatError(text, field)
            }
        }
        guard !integerDigits.isEmpty, !seenPoint || !fractionDigits.isEmpty else {
            throw Money.formatError(text, field)
        }
        guard fractionDigits.count <= currency.minorUnitDigits else {
            throw .invalid(field, ErrorCode.tooManyDecimals,
                           "\(currency.code) amounts have at most \(currency.minorUnitDigits) decimal places, got \"\(text)\"")
        }
        // Accumulate as a negative number so Int64.min parses too.
        var value: Int64 = 0
        let digits = integerDigits + fractionDigits + Array(repeating: 0, count: currency.minorUnitDigits - fractionDigits.count)
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int64(d))
            if o1 || o2 { throw Money.overflowError(field: field) }
            value = s
        }
        if !negative {
            guard value != .min else { throw Money.overflowError(field: field) }
            value = -value
        }
        self.init(minorUnits: value, currency: currency)
    }

    private static func formatError(_ text: String, _ field: String) -> DomainError {
        .invalid(field, ErrorCode.invalidFormat,
                 "Amount must be a decimal number such as \"1234.50\", got \"\(text)\"")
    }
}
