/// An exact decimal number as MariaDB's `DECIMAL(p, s)` stores it: an integer significand
/// and a scale (value = significand × 10^-scale), with up to 65 digits.
///
/// Money never passes through `Double`: DECIMAL columns decode into this type from the
/// server's exact text, and `scaledInt64(scale:)` turns them into integer minor units.
/// The significand is kept as decimal digits because DECIMAL(65) exceeds every native
/// integer type.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// True for values below zero (zero is never negative).
    public let isNegative: Bool
    /// The magnitude of the significand as ASCII decimal digits, without leading zeros
    /// ("0" for zero).
    public let significandDigits: String
    /// How many of the significand's digits are after the decimal point.
    public let scale: Int

    /// Parses a plain decimal literal such as `-123.4500`, `0.1`, `42` or `.5`
    /// (no exponent, no grouping); nil when the text is not one.
    public init?(_ text: some StringProtocol) {
        var negative = false
        var digits: [UInt8] = []
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        var utf8 = Substring(text).utf8[...]
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                digits.append(byte)
                if seenPoint { scale += 1 }
            case UInt8(ascii: ".") where !seenPoint:
                seenPoint = true
            default:
                return nil
            }
        }
        guard seenDigit else { return nil }
        self.init(negative: negative, digits: digits, scale: scale)
    }

    /// Creates `significand × 10^-scale`, e.g. `ExactDecimal(significand: 12345, scale: 2)`
    /// is 123.45.
    public init(significand: Int64, scale: Int) {
        precondition(scale >= 0, "scale must not be negative")
        let magnitude = significand.magnitude
        self.init(negative: significand < 0, digits: Array(String(magnitude).utf8), scale: scale)
    }

    private init(negative: Bool, digits: [UInt8], scale: Int) {
        var digits = digits
        // Keep at least `scale + 1` digits only when needed to carry the scale; strip leading zeros.
        var firstNonZero = 0
        while firstNonZero < digits.count - 1 && digits[firstNonZero] == UInt8(ascii: "0") {
            firstNonZero += 1
        }
        digits.removeFirst(firstNonZero)
        let isZero = digits.allSatisfy { $0 == UInt8(ascii: "0") }
        self.isNegative = negative && !isZero
        self.significandDigits = isZero ? "0" : String(decoding: digits, as: UTF8.self)
        self.scale = scale
    }

    /// The canonical text, e.g. `-0.05` or `123.4500` (trailing zeros of the scale kept,
    /// as MariaDB prints them).
    public var description: String {
        var digits = Array(significandDigits.utf8)
        if digits.count <= scale {
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - digits.count + 1), at: 0)
        }
        var text = ""
        if isNegative { text.append("-") }
        let pointIndex = digits.count - scale
        text.append(String(decoding: digits[..<pointIndex], as: UTF8.self))
        if scale > 0 {
            text.append(".")
            text.append(String(decoding: digits[pointIndex...], as: UTF8.self))
        }
        return text
    }

    /// The value in units of 10^-`scale` (e.g. cents for scale 2) as an Int64.
    ///
    /// Throws when digits beyond `scale` are non-zero (rounding would lose money) or the
    /// result does not fit in Int64.
    public func scaledInt64(scale targetScale: Int) throws(ExactDecimalConversionError) -> Int64 {
        precondition(targetScale >= 0, "scale must not be negative")
        var digits = Array(significandDigits.utf8)
        if targetScale >= scale {
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: targetScale - scale))
        } else {
            let dropped = digits.count >= scale - targetScale ? digits.suffix(scale - targetScale) : digits[...]
            guard dropped.allSatisfy({ $0 == UInt8(ascii: "0") }) else {
                throw .precisionLoss(value: description, scale: targetScale)
            }
            digits.removeLast(min(digits.count, scale - targetScale))
        }
        var magnitude: UInt64 = 0
        for digit in digits {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow1 && !overflow2 else { throw .overflow(value: description, scale: targetScale) }
            magnitude = sum
        }
        if isNegative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw .overflow(value: description, scale: targetScale) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { throw .overflow(value: description, scale: targetScale) }
        return Int64(magnitude)
    }

    /// Numeric equality: `1.50` equals `1.5`.
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        lhs.compare(rhs) == 0
    }

    public func hash(into hasher: inout Hasher) {
        let normalized = normalizedDigits()
        hasher.combine(isNegative)
        hasher.combine(normalized.digits)
        hasher.combine(normalized.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        lhs.compare(rhs) < 0
    }

    /// Digits and scale with trailing fractional zeros removed.
    private func normalizedDigits() -> (digits: String, scale: Int) {
        var digits = Array(significandDigits.utf8)
        var scale = self.scale
        while scale > 0, digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale -= 1
        }
        if digits == [UInt8(ascii: "0")] { scale = 0 }
        return (String(decoding: digits, as: UTF8.self), scale)
    }

    /// -1, 0 or 1 comparing exact values.
    private func compare(_ other: ExactDecimal) -> Int {
        if isNegative != other.isNegative { return isNegative ? -1 : 1 }
        let magnitudeOrder = Self.compareMagnitudes(self, other)
        return isNegative ? -magnitudeOrder : magnitudeOrder
    }

    private static func compareMagnitudes(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        let scale = max(a.scale, b.scale)
        let aDigits = Array(a.significandDigits.utf8) + repeatElement(UInt8(ascii: "0"), count: scale - a.scale)
        let bDigits = Array(b.significandDigits.utf8) + repeatElement(UInt8(ascii: "0"), count: scale - b.scale)
        let aTrimmed = aDigits.drop { $0 == UInt8(ascii: "0") }
        let bTrimmed = bDigits.drop { $0 == UInt8(ascii: "0") }
        if aTrimmed.count != bTrimmed.count { return aTrimmed.count < bTrimmed.count ? -1 : 1 }
        for (x, y) in zip(aTrimmed, bTrimmed) where x != y {
            return x < y ? -1 : 1
        }
        return 0
    }
}

/// Why an `ExactDecimal` could not become a scaled Int64.
public enum ExactDecimalConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The value has non-zero digits beyond the requested scale.
    case precisionLoss(value: String, scale: Int)
    /// The scaled value does not fit in Int64.
    case overflow(value: String, scale: Int)

    public var description: String {
        switch self {
        case .precisionLoss(let value, let scale):
            "\(value) has more than \(scale) fractional digits; converting would round"
        case .overflow(let value, let scale):
            "\(value) scaled by 10^\(scale) does not fit in Int64"
        }
    }
}

extension ExactDecimal: Codable {
    /// Decodes from a JSON string such as `"123.45"` (never from a JSON number, which
    /// decoders read through Double).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = ExactDecimal(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a decimal: \(text)"))
        }
        self = value
    }

    /// Encodes as its exact text, e.g. `"123.45"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
