/// The kinds of lexical token (spec §2.1.6 `Token`), plus the start- and end-of-file
/// markers the parser uses. Raw values are the names graphql-js uses in error messages
/// (`Expected Name, found "}".`).
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    case sof = "<SOF>"
    case eof = "<EOF>"
    case bang = "!"
    case dollar = "$"
    case amp = "&"
    case parenL = "("
    case parenR = ")"
    case spread = "..."
    /// Only in schema coordinates (spec §2.13), never in documents.
    case dot = "."
    case colon = ":"
    case equals = "="
    case at = "@"
    case bracketL = "["
    case bracketR = "]"
    case braceL = "{"
    case pipe = "|"
    case braceR = "}"
    case name = "Name"
    case int = "Int"
    case float = "Float"
    case string = "String"
    case blockString = "BlockString"

    /// True for the punctuators of spec §2.1.8; these are quoted in error messages.
    public var isPunctuator: Bool {
        switch self {
        case .sof, .eof, .name, .int, .float, .string, .blockString: return false
        default: return true
        }
    }

    /// How error messages name this kind: punctuators quoted (`"}"`), others bare (`Name`).
    public var errorDescription: String {
        isPunctuator ? "\"\(rawValue)\"" : rawValue
    }
}

/// One lexical token: its kind and UTF-8 byte range in the source.
///
/// Only string tokens carry a decoded `value` (escapes resolved, block strings dedented),
/// because computing it is part of checking them; for names and numbers the parser reads
/// the text straight from the byte range, and `value` is `nil`.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// UTF-8 offset of the first byte.
    public var start: Int
    /// UTF-8 offset just past the last byte.
    public var end: Int
    /// The decoded value of a `.string`/`.blockString` token; `nil` for all other kinds.
    public var value: String?

    public init(kind: TokenKind, start: Int, end: Int, value: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
    }
}
