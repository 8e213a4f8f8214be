import PortfolioDomain

/// `Money`: an exact decimal amount as a string (`"1250.00"`, `"-3.5"`) in the currency of
/// the request's organization. Strings, not JSON numbers, so no client parses money into
/// a float. The scalar checks the shape; resolvers check the decimal places against the
/// currency (`Money(parsing:currency:)`), naming the input field.
enum MoneyScalar {
    static let scalar = TextScalar(
        name: "Money",
        hint: "Money must be a decimal string such as \"1250.00\" (no exponent, no thousands separator).",
        isValid: isDecimal,
        format: { value in (value as? Money)?.decimalString })

    /// An optional `-`, digits, and optionally `.` and digits; at most 30 characters.
    static func isDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return text.count <= 30 && !parts[0].isEmpty
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
