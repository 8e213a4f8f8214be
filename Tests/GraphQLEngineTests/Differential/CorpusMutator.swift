/// Derives invalid (and sometimes still valid) documents from a valid seed, reproducibly:
/// the seed text is cut into rough tokens and one edit is spliced into the original text,
/// so line structure, comments and spacing survive and error locations stay interesting.
///
/// The edits: drop a token, duplicate one, swap two neighbours, rename one name (typo,
/// case change, another name of the document), rename every occurrence of a name, replace
/// what follows a colon (argument values, object fields, variable types, defaults) with
/// another value or type, insert a directive, or insert a stray punctuator.
struct CorpusMutator {
    enum TokenKind { case punctuator, name, number, string }

    struct Token {
        var kind: TokenKind
        var start: Int
        var end: Int
    }

    let bytes: [UInt8]
    let tokens: [Token]
    let names: [String]
    var random: SplitMix64

    init(seed text: String, randomSeed: UInt64) {
        bytes = Array(text.utf8)
        tokens = CorpusMutator.tokenize(bytes)
        var seenNames: [String] = []
        for token in tokens where token.kind == .name {
            let name = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            if !seenNames.contains(name) { seenNames.append(name) }
        }
        names = seenNames
        random = SplitMix64(seed: randomSeed)
    }

    static let replacementsAfterColon = [
        "1", "-7", "2147483648", "1.5", "\"text\"", "\"\"\"block\"\"\"", "true", "null", "ACTIVE",
        "[1, 2]", "[]", "{city: \"x\"}", "{}", "$first", "$undefinedVar",
        "Int", "Int!", "String", "[ID!]", "ID!", "Property", "PropertyFilter", "[UnitKind!]!",
        "Boolean!", "Date", "Unknown",
    ]

    static let directives = [
        " @skip(if: true)", " @include(if: $withUnits)", " @include", " @unknownDirective",
        " @cached(ttl: 1)", " @cached(ttl: \"1\")", " @tag(name: \"x\")", " @onMutation",
        " @deprecated", " @skip(if: true) @skip(if: false)", " @staff",
    ]

    static let punctuators = ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "=", "|", "&", "\"", "#x\n"]

    /// The next mutant: the kind of edit (for the document id) and the mutated text.
    mutating func next() -> (String, String) {
        guard !tokens.isEmpty else { return ("none", String(decoding: bytes, as: UTF8.self)) }
        let index = random.below(tokens.count)
        let token = tokens[index]
        switch random.below(9) {
        case 0:
            return ("drop", splice(token.start, token.end, ""))
        case 1:
            return ("duplicate", splice(token.end, token.end, " " + text(token)))
        case 2:
            guard index + 1 < tokens.count else { return ("drop", splice(token.start, token.end, "")) }
            let other = tokens[index + 1]
            let between = String(decoding: bytes[token.end..<other.start], as: UTF8.self)
            return ("swap", splice(token.start, other.end, text(other) + between + text(token)))
        case 3:
            let nameToken = nearestName(from: index)
            return ("rename", splice(nameToken.start, nameToken.end, renamed(text(nameToken))))
        case 4:
            let nameToken = nearestName(from: index)
            let old = text(nameToken)
            let new = renamed(old)
            var result = ""
            var position = 0
            for candidate in tokens where candidate.kind == .name && text(candidate) == old {
                result += String(decoding: bytes[position..<candidate.start], as: UTF8.self) + new
                position = candidate.end
            }
            result += String(decoding: bytes[position...], as: UTF8.self)
            return ("rename-all", result)
        case 5, 6:
            let colons = tokens.indices.filter { text(tokens[$0]) == ":" && $0 + 1 < tokens.count }
            guard !colons.isEmpty else { return ("drop", splice(token.start, token.end, "")) }
            let colon = colons[random.below(colons.count)]
            let target = valueExtent(startingAt: colon + 1)
            let replacement = Self.replacementsAfterColon[random.below(Self.replacementsAfterColon.count)]
            return ("replace-value", splice(tokens[target.lowerBound].start, tokens[target.upperBound - 1].end, replacement))
        case 7:
            let nameToken = nearestName(from: index)
            return ("directive", splice(nameToken.end, nameToken.end, Self.directives[random.below(Self.directives.count)]))
        default:
            let punctuator = Self.punctuators[random.below(Self.punctuators.count)]
            return ("punctuator", splice(token.end, token.end, " " + punctuator))
        }
    }

    private func text(_ token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    private func splice(_ start: Int, _ end: Int, _ replacement: String) -> String {
        String(decoding: bytes[..<start], as: UTF8.self) + replacement + String(decoding: bytes[end...], as: UTF8.self)
    }

    private func nearestName(from index: Int) -> Token {
        for offset in 0..<tokens.count {
            let candidate = tokens[(index + offset) % tokens.count]
            if candidate.kind == .name { return candidate }
        }
        return tokens[index]
    }

    private mutating func renamed(_ name: String) -> String {
        switch random.below(4) {
        case 0: return name + "s"
        case 1:
            let first = name.prefix(1)
            let flipped = first == first.uppercased() ? first.lowercased() : first.uppercased()
            return flipped + name.dropFirst()
        case 2: return names[random.below(names.count)]
        default: return "bogus"
        }
    }

    /// The tokens of the value or type starting at `start`: a single token, or a balanced
    /// bracketed run, with a leading `$` and trailing `!` kept together.
    private func valueExtent(startingAt start: Int) -> Range<Int> {
        var end = start
        var depth = 0
        repeat {
            let piece = text(tokens[end])
            if piece == "[" || piece == "{" { depth += 1 }
            if piece == "]" || piece == "}" { depth -= 1 }
            end += 1
            if piece == "$", end < tokens.count { end += 1 }
        } while depth > 0 && end < tokens.count
        if end < tokens.count, text(tokens[end]) == "!" { end += 1 }
        return start..<max(end, start + 1)
    }

    /// Rough GraphQL tokens: enough to find names, punctuators, numbers and strings.
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || (byte >= 0x30 && byte <= 0x39)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C:
                index += 1
            case 0x23:  // comment
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case 0x22:  // string or block string
                let start = index
                if index + 2 < bytes.count, bytes[index + 1] == 0x22, bytes[index + 2] == 0x22 {
                    index += 3
                    while index < bytes.count {
                        if index + 2 < bytes.count, bytes[index] == 0x22, bytes[index + 1] == 0x22, bytes[index + 2] == 0x22 {
                            index += 3
                            break
                        }
                        index += 1
                    }
                } else {
                    index += 1
                    while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x0A {
                        if bytes[index] == 0x5C { index += 1 }
                        index += 1
                    }
                    index = min(index + 1, bytes.count)
                }
                tokens.append(Token(kind: .string, start: start, end: index))
            case 0x2E:  // ...
                let end = min(index + 3, bytes.count)
                tokens.append(Token(kind: .punctuator, start: index, end: end))
                index = end
            case 0x2D, 0x30...0x39:
                let start = index
                index += 1
                while index < bytes.count, isNameByte(bytes[index]) || bytes[index] == 0x2E || bytes[index] == 0x2D || bytes[index] == 0x2B {
                    index += 1
                }
                tokens.append(Token(kind: .number, start: start, end: index))
            default:
                let start = index
                if isNameByte(byte) {
                    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                    tokens.append(Token(kind: .name, start: start, end: index))
                } else {
                    index += 1
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    tokens.append(Token(kind: .punctuator, start: start, end: index))
                }
            }
        }
        return tokens
    }
}

/// A small deterministic generator (SplitMix64), so the generated corpus is the same on
/// every machine and every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
