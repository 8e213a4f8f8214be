/// Formatting back to the canonical decimal string the API exposes.
extension Money {
    /// Canonical form: optional `-`, integer part without leading zeros (but at least `0`),
    /// then exactly `currency.minorUnitDigits` fraction digits — `"1234.50"`, `"-0.05"`,
    /// `"1200"` for JPY. Parsing this string gives back the same `Money`.
    public var decimalString: String {
        let digits = currency.minorUnitDigits
        let magnitude = minorUnits.magnitude
        let per = UInt64(currency.minorUnitsPerMajor)
        let whole = magnitude / per
        let fraction = magnitude % per
        var result = minorUnits < 0 ? "-" : ""
        result += String(whole)
        if digits > 0 {
            let f = String(fraction)
            result += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return result
    }
}
