/// Writes `value` as a `"""block string"""` the way graphql-js's printer lays it out, so
/// printed descriptions compare equal: one line when short and plain, otherwise the text
/// between a leading and a trailing newline; `"""` inside is escaped.
func sdlBlockString(_ value: String) -> String {
    let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
    let lines = splitLines(escaped)
    let isSingleLine = lines.count == 1
    let startsWithSpace: (Substring) -> Bool = { $0.first == " " || $0.first == "\t" }
    let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || startsWithSpace($0) }
    let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
    let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
    let hasTrailingSlash = value.hasSuffix("\\")
    let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
    let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewLine
        || forceLeadingNewLine || hasTrailingTripleQuotes
    var result = ""
    let skipLeadingNewLine = isSingleLine && startsWithSpace(Substring(value))
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
    result += escaped
    if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
    return "\"\"\"" + result + "\"\"\""
}

/// Splits at `\r\n`, `\n` or `\r` (GraphQL line terminators, spec §2.1.3).
private func splitLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
        let character = text[index]
        // "\r\n" is a single Character (grapheme cluster) in Swift.
        if character == "\n" || character == "\r" || character == "\r\n" {
            lines.append(text[start..<index])
            index = text.index(after: index)
            start = index
        } else {
            index = text.index(after: index)
        }
    }
    lines.append(text[start..<text.endIndex])
    return lines
}
