// Rendering of values inside error messages, matching how graphql-js words them
// (`inspect`), because clients and tooling compare messages.

/// Formats a `Double` the way JavaScript's `Number.prototype.toString` does (`1` not
/// `1.0`, `1e+21`, `1e-7`), which is how graphql-js shows numbers in messages and how
/// the schema printer writes float defaults.
func javaScriptNumberString(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
    if number == 0 { return "0" }
    let negative = number < 0
    // Swift's description gives the shortest round-tripping digits, as JavaScript does;
    // only the layout differs.
    let text = Array(String(describing: abs(number)))
    var digits: [Character] = []
    var exponent = 0
    var pointPosition: Int? = nil
    var index = 0
    while index < text.count {
        let character = text[index]
        if character == "e" || character == "E" {
            exponent = Int(String(text[(index + 1)...])) ?? 0
            break
        }
        if character == "." {
            pointPosition = digits.count
        } else {
            digits.append(character)
        }
        index += 1
    }
    let integerDigits = pointPosition ?? digits.count
    // Strip leading zeros (adjusting the decimal point) and trailing zeros.
    var leading = 0
    while leading < digits.count - 1, digits[leading] == "0" { leading += 1 }
    digits.removeFirst(leading)
    var n = integerDigits - leading + exponent  // value = 0.d1d2... × 10^n
    while digits.count > 1, digits.last == "0" { digits.removeLast() }
    if digits == ["0"] { n = 1 }
    let k = digits.count
    var result: String
    if k <= n && n <= 21 {
        result = String(digits) + String(repeating: "0", count: n - k)
    } else if 0 < n && n <= 21 {
        result = String(digits[0..<n]) + "." + String(digits[n...])
    } else if -6 < n && n <= 0 {
        result = "0." + String(repeating: "0", count: -n) + String(digits)
    } else {
        let e = n - 1
        result = String(digits[0]) + (k > 1 ? "." + String(digits[1...]) : "")
        result += "e" + (e < 0 ? "-" : "+") + String(abs(e))
    }
    return negative ? "-" + result : result
}

/// A JSON-style quoted string, as graphql-js's `inspect` and `JSON.stringify` write it.
func quotedString(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{08}": result += "\\b"
        case "\u{0C}": result += "\\f"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}

/// A runtime value as graphql-js's `inspect` shows it in messages: strings quoted,
/// lists as `[1, 2]`, objects as `{ a: 1 }`.
public func inspect(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .bool(let bool): return bool ? "true" : "false"
    case .int(let int): return String(int)
    case .float(let double): return javaScriptNumberString(double)
    case .string(let string): return quotedString(string)
    case .list(let values): return "[" + values.map(inspect).joined(separator: ", ") + "]"
    case .object(let object):
        if object.isEmpty { return "{}" }
        return "{ " + object.map { "\($0.0): \(inspect($0.1))" }.joined(separator: ", ") + " }"
    }
}

/// A resolver's raw return value as it appears in a result-coercion message.
func inspect(any value: any Sendable) -> String {
    if let value = value as? Value { return inspect(value) }
    if let value = value as? String { return quotedString(value) }
    if let value = value as? Substring { return quotedString(String(value)) }
    if let value = value as? Bool { return value ? "true" : "false" }
    if let value = value as? any BinaryInteger { return String(describing: value) }
    if let value = value as? Double { return javaScriptNumberString(value) }
    if let value = value as? Float { return javaScriptNumberString(Double(value)) }
    if let value = value as? ObjectValue { return inspect(.object(value)) }
    if let values = value as? [any Sendable] {
        return "[" + values.map { inspect(any: $0) }.joined(separator: ", ") + "]"
    }
    return String(describing: value)
}
