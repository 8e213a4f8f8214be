/// A schema coordinate (spec §2.13): a compact reference to one schema element, such as
/// `Lease`, `Lease.rent`, `Lease.rent(currency:)`, `@deprecated` or `@deprecated(reason:)`.
/// Used by tools (logs, documentation); resolving it needs a schema and is not done here.
public enum SchemaCoordinate: Sendable, Hashable, CustomStringConvertible {
    /// `Name`: a named type.
    case type(name: Name)
    /// `Name.Name`: a field, input field or enum value.
    case member(type: Name, member: Name)
    /// `Name.Name(Name:)`: a field argument.
    case argument(type: Name, field: Name, argument: Name)
    /// `@Name`: a directive.
    case directive(name: Name)
    /// `@Name(Name:)`: a directive argument.
    case directiveArgument(directive: Name, argument: Name)

    /// The coordinate's canonical text (it has exactly one form: no ignored tokens).
    public var description: String {
        switch self {
        case .type(let name): return name.value
        case .member(let type, let member): return type.value + "." + member.value
        case .argument(let type, let field, let argument):
            return type.value + "." + field.value + "(" + argument.value + ":)"
        case .directive(let name): return "@" + name.value
        case .directiveArgument(let directive, let argument):
            return "@" + directive.value + "(" + argument.value + ":)"
        }
    }
}

/// Parses a schema coordinate. Unlike documents, coordinates admit no whitespace, commas or
/// comments: any character other than a name or one of `( ) . : @` fails with
/// `Syntax Error: Invalid character: " ".` (graphql-js's wording), extra tokens with
/// `Syntax Error: Expected <EOF>, found "."`.
public func parseSchemaCoordinate(_ source: Source) throws(GraphQLError) -> SchemaCoordinate {
    try source.withUTF8 { (bytes) throws(GraphQLError) -> SchemaCoordinate in
        var parser = SchemaCoordinateParser(source: source, bytes: bytes)
        return try parser.parse()
    }
}

public func parseSchemaCoordinate(_ text: String) throws(GraphQLError) -> SchemaCoordinate {
    try parseSchemaCoordinate(Source(text))
}

/// Lexes and parses in one: the grammar is five fixed shapes over names and punctuators.
private struct SchemaCoordinateParser {
    let source: Source
    let bytes: UnsafeBufferPointer<UInt8>
    var token = RawToken(kind: .sof, start: 0, end: 0)

    init(source: Source, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
    }

    mutating func parse() throws(GraphQLError) -> SchemaCoordinate {
        try advance()
        let ofDirective = try optional(.at)
        let name = try parseName()
        var member: Name?
        if !ofDirective, try optional(.dot) {
            member = try parseName()
        }
        var argument: Name?
        if ofDirective || member != nil, try optional(.parenL) {
            argument = try parseName()
            try expect(.colon)
            try expect(.parenR)
        }
        try expect(.eof)
        switch (ofDirective, member, argument) {
        case (true, _, let argument?): return .directiveArgument(directive: name, argument: argument)
        case (true, _, nil): return .directive(name: name)
        case (false, let member?, let argument?): return .argument(type: name, field: member, argument: argument)
        case (false, let member?, nil): return .member(type: name, member: member)
        case (false, nil, _): return .type(name: name)
        }
    }

    private mutating func parseName() throws(GraphQLError) -> Name {
        let current = try expect(.name)
        return Name(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[current.start..<current.end]), as: UTF8.self),
            loc: Location(start: current.start, end: current.end))
    }

    private mutating func optional(_ kind: TokenKind) throws(GraphQLError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    @discardableResult
    private mutating func expect(_ kind: TokenKind) throws(GraphQLError) -> RawToken {
        let current = token
        guard current.kind == kind else {
            let found: String
            if current.kind == .name {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[current.start..<current.end]), as: UTF8.self)
                found = "Name \"\(text)\""
            } else {
                found = current.kind.errorDescription
            }
            throw error("Expected \(kind.errorDescription), found \(found).", at: current.start)
        }
        if kind != .eof { try advance() }
        return current
    }

    private mutating func advance() throws(GraphQLError) {
        let position = token.end
        guard position < bytes.count else {
            token = RawToken(kind: .eof, start: bytes.count, end: bytes.count)
            return
        }
        let byte = bytes[position]
        let kind: TokenKind
        switch byte {
        case 0x28: kind = .parenL
        case 0x29: kind = .parenR
        case 0x2E: kind = .dot
        case 0x3A: kind = .colon
        case 0x40: kind = .at
        default:
            guard isNameStart(byte) else {
                throw error("Invalid character: \(describeCharacter(at: position)).", at: position)
            }
            var end = position + 1
            while end < bytes.count, isNameContinue(bytes[end]) {
                end += 1
            }
            token = RawToken(kind: .name, start: position, end: end)
            return
        }
        token = RawToken(kind: kind, start: position, end: position + 1)
    }

    private func describeCharacter(at position: Int) -> String {
        var iterator = UnsafeBufferPointer(rebasing: bytes[position...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "U+FFFD" }
        if (0x20...0x7E).contains(scalar.value) {
            return scalar == "\"" ? "'\"'" : "\"\(Character(scalar))\""
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func error(_ description: String, at position: Int) -> GraphQLError {
        GraphQLError("Syntax Error: " + description, locations: [source.location(of: position)])
    }
}
