// Recursive-descent parser for GraphQL documents (spec §2, grammar summary in Appendix C).
//
// One method per grammar production. Error messages and their positions follow graphql-js,
// so tools comparing messages see the same text. Type-system productions are in
// Parser+TypeSystem.swift.

/// Parses a GraphQL document (executable definitions, type-system definitions and
/// extensions). Throws a `GraphQLError` whose message starts with `Syntax Error:` and whose
/// single location points at the offending token.
public func parse(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> Document {
    try withParser(source, options) { (parser) throws(GraphQLError) -> Document in
        try parser.parseDocument()
    }
}

/// Parses a document given as text (named "GraphQL request" in diagnostics).
public func parse(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> Document {
    try parse(Source(text), options: options)
}

/// Parses a single input value literal, such as `[1, {a: $x}]` (variables allowed).
public func parseValue(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try withParser(source, options) { (parser) throws(GraphQLError) -> ValueNode in
        try parser.expect(.sof)
        let value = try parser.parseValueLiteral(isConst: false)
        try parser.expect(.eof)
        return value
    }
}

public func parseValue(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try parseValue(Source(text), options: options)
}

/// Parses a constant input value literal (no variables), as in default values.
public func parseConstValue(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try withParser(source, options) { (parser) throws(GraphQLError) -> ValueNode in
        try parser.expect(.sof)
        let value = try parser.parseValueLiteral(isConst: true)
        try parser.expect(.eof)
        return value
    }
}

public func parseConstValue(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try parseConstValue(Source(text), options: options)
}

/// Parses a type reference such as `[String!]!`.
public func parseType(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> TypeNode {
    try withParser(source, options) { (parser) throws(GraphQLError) -> TypeNode in
        try parser.expect(.sof)
        let type = try parser.parseTypeReference()
        try parser.expect(.eof)
        return type
    }
}

public func parseType(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> TypeNode {
    try parseType(Source(text), options: options)
}

private func withParser<R>(
    _ source: Source, _ options: ParseOptions, _ body: (inout Parser) throws(GraphQLError) -> R
) throws(GraphQLError) -> R {
    try withLexer(source) { (lexer) throws(GraphQLError) -> R in
        var parser = Parser(lexer: lexer, options: options)
        return try body(&parser)
    }
}

/// The parser's state: the lexer positioned on the current token, plus the counters
/// behind `ParseOptions`' limits.
struct Parser {
    var lexer: Lexer
    let options: ParseOptions
    private var tokenCount = 0
    private var depth = 0
    /// End offset of the last consumed token: where the node being built ends.
    private var lastEnd = 0

    init(lexer: Lexer, options: ParseOptions) {
        self.lexer = lexer
        self.options = options
    }

    @inline(__always)
    var token: RawToken { lexer.token }

    // MARK: - Token helpers

    @inline(__always)
    mutating func advance() throws(GraphQLError) {
        lastEnd = lexer.token.end
        let next = try lexer.advance()
        if next.kind != .eof {
            tokenCount += 1
            if let maxTokens = options.maxTokens, tokenCount > maxTokens {
                throw lexer.syntaxError(
                    "Document contains more than \(maxTokens) tokens. Parsing aborted.", at: next.start)
            }
        }
    }

    /// The location from `start` to the end of the last consumed token.
    @inline(__always)
    func loc(_ start: Int) -> Location? {
        options.noLocation ? nil : Location(start: start, end: lastEnd)
    }

    @inline(__always)
    func peek(_ kind: TokenKind) -> Bool {
        lexer.token.kind == kind
    }

    /// Consumes a token of `kind` or fails with `Expected <kind>, found <token>.`
    /// Inlined (it runs for most tokens); the error is built out of line.
    @discardableResult
    @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(GraphQLError) -> RawToken {
        let current = token
        guard current.kind == kind else { throw expected(kind, found: current) }
        try advance()
        return current
    }

    @inline(never)
    func expected(_ kind: TokenKind, found current: RawToken) -> GraphQLError {
        lexer.syntaxError(
            "Expected \(kind.errorDescription), found \(lexer.describe(current)).", at: current.start)
    }

    /// Consumes a token of `kind` if it is next.
    @inline(__always)
    mutating func expectOptional(_ kind: TokenKind) throws(GraphQLError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword` or fails with `Expected "keyword", found <token>.`
    mutating func expectKeyword(_ keyword: StaticString) throws(GraphQLError) {
        guard lexer.isName(token, keyword) else {
            throw lexer.syntaxError(
                "Expected \"\(keyword)\", found \(lexer.describe(token)).", at: token.start)
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is next.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(GraphQLError) -> Bool {
        guard lexer.isName(token, keyword) else { return false }
        try advance()
        return true
    }

    /// `Unexpected <token>.` at `token` (the current token by default).
    func unexpected(_ token: RawToken? = nil) -> GraphQLError {
        let token = token ?? self.token
        return lexer.syntaxError("Unexpected \(lexer.describe(token)).", at: token.start)
    }

    /// Counts one level of `{`/`[` nesting (opened at `position`); fails past `options.maxDepth`.
    @inline(__always)
    mutating func enterNesting(at position: Int) throws(GraphQLError) {
        depth += 1
        if depth > options.maxDepth {
            throw lexer.syntaxError(
                "Document exceeds the maximum nesting depth of \(options.maxDepth). Parsing aborted.",
                at: position)
        }
    }

    @inline(__always)
    mutating func leaveNesting() {
        depth -= 1
    }

    // MARK: - Document (§2.2)

    mutating func parseDocument() throws(GraphQLError) -> Document {
        try expect(.sof)
        var definitions: [Definition] = []
        repeat {
            definitions.append(try parseDefinition())
        } while try !expectOptional(.eof)
        return Document(definitions: definitions, loc: loc(0), source: lexer.source)
    }

    mutating func parseDefinition() throws(GraphQLError) -> Definition {
        if peek(.braceL) {
            return .operation(try parseOperationDefinition())
        }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lexer.lookahead() : token
        if hasDescription && keyword.kind == .braceL {
            throw lexer.syntaxError(
                "Unexpected description, descriptions are not supported on shorthand queries.", at: token.start)
        }
        if keyword.kind == .name {
            if lexer.isName(keyword, "schema") { return .schema(try parseSchemaDefinition()) }
            if lexer.isName(keyword, "scalar") { return .scalarType(try parseScalarTypeDefinition()) }
            if lexer.isName(keyword, "type") { return .objectType(try parseObjectTypeDefinition()) }
            if lexer.isName(keyword, "interface") { return .interfaceType(try parseInterfaceTypeDefinition()) }
            if lexer.isName(keyword, "union") { return .unionType(try parseUnionTypeDefinition()) }
            if lexer.isName(keyword, "enum") { return .enumType(try parseEnumTypeDefinition()) }
            if lexer.isName(keyword, "input") { return .inputObjectType(try parseInputObjectTypeDefinition()) }
            if lexer.isName(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
            if lexer.isName(keyword, "query") || lexer.isName(keyword, "mutation")
                || lexer.isName(keyword, "subscription") {
                return .operation(try parseOperationDefinition())
            }
            if lexer.isName(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
            if hasDescription {
                throw lexer.syntaxError(
                    "Unexpected description, only GraphQL definitions support descriptions.", at: token.start)
            }
            if lexer.isName(keyword, "extend") { return try parseTypeSystemExtension() }
        }
        throw unexpected(keyword)
    }

    // MARK: - Operations (§2.3)

    mutating func parseOperationDefinition() throws(GraphQLError) -> OperationDefinition {
        let start = token.start
        if peek(.braceL) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(operation: .query, selectionSet: selectionSet, loc: loc(start))
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            description: description, operation: operation, name: name,
            variableDefinitions: variableDefinitions, directives: directives,
            selectionSet: selectionSet, loc: loc(start))
    }

    mutating func parseOperationType() throws(GraphQLError) -> OperationType {
        let operationToken = try expect(.name)
        if lexer.isName(operationToken, "query") { return .query }
        if lexer.isName(operationToken, "mutation") { return .mutation }
        if lexer.isName(operationToken, "subscription") { return .subscription }
        throw unexpected(operationToken)
    }

    // MARK: - Variables (§2.10)

    mutating func parseVariableDefinitions() throws(GraphQLError) -> [VariableDefinition] {
        guard try expectOptional(.parenL) else { return [] }
        var definitions: [VariableDefinition] = []
        repeat {
            definitions.append(try parseVariableDefinition())
        } while try !expectOptional(.parenR)
        return definitions
    }

    mutating func parseVariableDefinition() throws(GraphQLError) -> VariableDefinition {
        let start = token.start
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            description: description, variable: variable, type: type,
            defaultValue: defaultValue, directives: directives, loc: loc(start))
    }

    mutating func parseVariable() throws(GraphQLError) -> Variable {
        let start = token.start
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, loc: loc(start))
    }

    // MARK: - Selections (§2.4 - §2.8)

    mutating func parseSelectionSet() throws(GraphQLError) -> SelectionSet {
        let start = token.start
        try expect(.braceL)
        try enterNesting(at: start)
        var selections: [Selection] = []
        // Most selection sets hold a handful of selections: reserving avoids regrowing
        // (and moving) the array two or three times.
        selections.reserveCapacity(8)
        repeat {
            let selection = try parseSelection()
            selections.append(consume selection)
        } while try !expectOptional(.braceR)
        leaveNesting()
        return SelectionSet(selections: selections, loc: loc(start))
    }

    mutating func parseSelection() throws(GraphQLError) -> Selection {
        peek(.spread) ? try parseFragment() : try parseField()
    }

    /// A field, returned as a `Selection` so that it is built in place (no copy).
    mutating func parseField() throws(GraphQLError) -> Selection {
        let start = token.start
        let nameOrAlias = try parseName()
        let alias: Name?
        let name: Name
        if try expectOptional(.colon) {
            alias = nameOrAlias
            name = try parseName()
        } else {
            alias = nil
            name = nameOrAlias
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceL) ? try parseSelectionSet() : nil
        return .field(Field(
            alias: alias, name: name, arguments: arguments, directives: directives,
            selectionSet: selectionSet, loc: loc(start)))
    }

    mutating func parseArguments(isConst: Bool) throws(GraphQLError) -> [Argument] {
        guard try expectOptional(.parenL) else { return [] }
        var arguments: [Argument] = []
        arguments.reserveCapacity(4)
        repeat {
            let start = token.start
            let name = try parseName()
            try expect(.colon)
            let value = try parseValueLiteral(isConst: isConst)
            arguments.append(Argument(name: name, value: value, loc: loc(start)))
        } while try !expectOptional(.parenR)
        return arguments
    }

    /// `...Name` or `... on Type { }` / `... { }` (§2.8, §2.8.2).
    mutating func parseFragment() throws(GraphQLError) -> Selection {
        let start = token.start
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .fragmentSpread(FragmentSpread(name: name, directives: directives, loc: loc(start)))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(InlineFragment(
            typeCondition: typeCondition, directives: directives, selectionSet: selectionSet, loc: loc(start)))
    }

    mutating func parseFragmentDefinition() throws(GraphQLError) -> FragmentDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            description: description, name: name, typeCondition: typeCondition,
            directives: directives, selectionSet: selectionSet, loc: loc(start))
    }

    /// A name other than `on` (§2.8 `FragmentName`).
    mutating func parseFragmentName() throws(GraphQLError) -> Name {
        if lexer.isName(token, "on") { throw unexpected() }
        return try parseName()
    }

    // MARK: - Values (§2.9)

    mutating func parseValueLiteral(isConst: Bool) throws(GraphQLError) -> ValueNode {
        let current = token
        switch current.kind {
        case .bracketL:
            try advance()
            try enterNesting(at: current.start)
            var values: [ValueNode] = []
            while try !expectOptional(.bracketR) {
                values.append(try parseValueLiteral(isConst: isConst))
            }
            leaveNesting()
            return .list(ListValue(values: values, loc: loc(current.start)))
        case .braceL:
            try advance()
            try enterNesting(at: current.start)
            var fields: [ObjectField] = []
            while try !expectOptional(.braceR) {
                let start = token.start
                let name = try parseName()
                try expect(.colon)
                let value = try parseValueLiteral(isConst: isConst)
                fields.append(ObjectField(name: name, value: value, loc: loc(start)))
            }
            leaveNesting()
            return .object(ObjectValueNode(fields: fields, loc: loc(current.start)))
        case .int:
            try advance()
            return .int(IntValue(lexer.text(current), loc: loc(current.start)))
        case .float:
            try advance()
            return .float(FloatValue(lexer.text(current), loc: loc(current.start)))
        case .string, .blockString:
            return .string(try parseStringLiteral())
        case .name:
            try advance()
            if lexer.isName(current, "true") { return .boolean(BooleanValue(true, loc: loc(current.start))) }
            if lexer.isName(current, "false") { return .boolean(BooleanValue(false, loc: loc(current.start))) }
            if lexer.isName(current, "null") { return .null(NullValue(loc: loc(current.start))) }
            return .enumValue(EnumValue(lexer.text(current), loc: loc(current.start)))
        case .dollar:
            if isConst {
                try advance()
                if token.kind == .name {
                    throw lexer.syntaxError(
                        "Unexpected variable \"$\(lexer.text(token))\" in constant value.", at: current.start)
                }
                throw unexpected(current)
            }
            return .variable(try parseVariable())
        default:
            throw unexpected()
        }
    }

    mutating func parseStringLiteral() throws(GraphQLError) -> StringValue {
        let current = token
        let value = lexer.tokenValue
        try advance()
        return StringValue(value, block: current.kind == .blockString, loc: loc(current.start))
    }

    // MARK: - Directives (§2.12)

    mutating func parseDirectives(isConst: Bool) throws(GraphQLError) -> [Directive] {
        guard peek(.at) else { return [] }
        var directives: [Directive] = []
        while peek(.at) {
            let start = token.start
            try advance()
            let name = try parseName()
            let arguments = try parseArguments(isConst: isConst)
            directives.append(Directive(name: name, arguments: arguments, loc: loc(start)))
        }
        return directives
    }

    // MARK: - Types (§2.11)

    mutating func parseTypeReference() throws(GraphQLError) -> TypeNode {
        let start = token.start
        var type: TypeNode
        if try expectOptional(.bracketL) {
            try enterNesting(at: start)
            let inner = try parseTypeReference()
            try expect(.bracketR)
            leaveNesting()
            type = .list(ListType(type: inner, loc: loc(start)))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            type = .nonNull(NonNullType(type: type, loc: loc(start)))
        }
        return type
    }

    mutating func parseNamedType() throws(GraphQLError) -> NamedType {
        let start = token.start
        let name = try parseName()
        return NamedType(name: name, loc: loc(start))
    }

    // MARK: - Names and descriptions

    @inline(__always)
    mutating func parseName() throws(GraphQLError) -> Name {
        let current = try expect(.name)
        return Name(lexer.text(current), loc: loc(current.start))
    }

    @inline(__always)
    func peekDescription() -> Bool {
        token.kind == .string || token.kind == .blockString
    }

    mutating func parseDescription() throws(GraphQLError) -> StringValue? {
        peekDescription() ? try parseStringLiteral() : nil
    }
}
