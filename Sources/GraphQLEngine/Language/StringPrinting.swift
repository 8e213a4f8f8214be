// How string values are written back into GraphQL source (spec §2.9.4): quoted strings
// with escapes, and block strings for descriptions.

/// `value` as a quoted GraphQL string: `"`, `\` and control characters (U+0000–U+001F,
/// U+007F–U+009F, as the spec recommends) are escaped; everything else is written as is.
public func printStringLiteral(_ value: String) -> String {
    var output = "\""
    output.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
        switch scalar.value {
        case 0x22: output += "\\\""
        case 0x5C: output += "\\\\"
        case 0x08: output += "\\b"
        case 0x09: output += "\\t"
        case 0x0A: output += "\\n"
        case 0x0C: output += "\\f"
        case 0x0D: output += "\\r"
        case 0x00...0x1F, 0x7F...0x9F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default:
            output.unicodeScalars.append(scalar)
        }
    }
    output += "\""
    return output
}

/// True when a block string can carry `value` exactly, i.e. BlockStringValue() of the
/// printed form gives `value` back. It cannot when the value has control characters other
/// than tab and line feed (or a carriage return, which would become "\n"), starts with a
/// blank line, ends with a blank line, or has every line indented (the indentation would
/// be taken as common indentation and removed).
public func isPrintableAsBlockString(_ value: String) -> Bool {
    if value.isEmpty { return true }
    var lineIsBlank = true
    var lineIsIndented = false
    var everyLineIndented = true
    var sawLineBreak = false
    for byte in value.utf8 {
        switch byte {
        case 0x0A:
            if lineIsBlank && !sawLineBreak { return false } // leading blank line
            sawLineBreak = true
            lineIsBlank = true
            lineIsIndented = false
        case 0x09, 0x20:
            if lineIsBlank { lineIsIndented = true }
        case 0x00...0x08, 0x0B...0x1F:
            return false
        default:
            if lineIsBlank && !lineIsIndented { everyLineIndented = false }
            lineIsBlank = false
        }
    }
    if lineIsBlank { return false } // trailing blank line (or only whitespace)
    if everyLineIndented && sawLineBreak { return false }
    return true
}

/// `value` as a `"""block string"""`, laid out like graphql-js: on its own lines when it
/// spans several lines, is long, or ends in a quote or backslash; `"""` inside is escaped.
/// Callers should check `isPrintableAsBlockString` first (the printer falls back to a
/// quoted string when it is false).
public func printBlockString(_ value: String) -> String {
    let escaped = value.contains("\"\"\"") ? escapeTripleQuotes(value) : value
    let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false)
    let isSingleLine = lines.count == 1
    let startsWithWhitespace = value.utf8.first == 0x20 || value.utf8.first == 0x09
    // If every line after the first is empty or indented, a leading line break makes the
    // first line part of the indentation computation, so the indentation is kept.
    let forceLeadingNewline = lines.count > 1 && lines.dropFirst().allSatisfy {
        $0.isEmpty || $0.utf8.first == 0x20 || $0.utf8.first == 0x09
    }
    let endsWithEscapedTripleQuote = escaped.hasSuffix("\\\"\"\"")
    let endsWithQuote = value.hasSuffix("\"") && !endsWithEscapedTripleQuote
    let endsWithBackslash = value.hasSuffix("\\")
    let forceTrailingNewline = endsWithQuote || endsWithBackslash
    let multipleLines = !isSingleLine || value.unicodeScalars.count > 70 || forceTrailingNewline
        || forceLeadingNewline || endsWithEscapedTripleQuote

    var output = "\"\"\""
    if (multipleLines && !(isSingleLine && startsWithWhitespace)) || forceLeadingNewline {
        output += "\n"
    }
    output += escaped
    if multipleLines || forceTrailingNewline {
        output += "\n"
    }
    output += "\"\"\""
    return output
}

private func escapeTripleQuotes(_ value: String) -> String {
    var output = ""
    output.reserveCapacity(value.utf8.count + 4)
    var quotes = 0
    for scalar in value.unicodeScalars {
        if scalar == "\"" {
            quotes += 1
            if quotes == 3 {
                output += "\\\"\"\""
                quotes = 0
            }
            continue
        }
        output += String(repeating: "\"", count: quotes)
        quotes = 0
        output.unicodeScalars.append(scalar)
    }
    output += String(repeating: "\"", count: quotes)
    return output
}
