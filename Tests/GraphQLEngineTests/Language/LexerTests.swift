import Testing
@testable import GraphQLEngine

@Suite("Lexer")
struct LexerTests {
    // MARK: Ignored tokens and punctuators

    @Test func skipsWhitespaceCommentsCommasAndByteOrderMarks() throws {
        let text = "\u{FEFF}\t ,,\n# a comment ?!\r\n  foo # trailing\r\u{FEFF}bar"
        let tokens = try lex(text)
        #expect(tokens.map(\.kind) == [.name, .name])
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[tokens[0].start..<tokens[0].end], as: UTF8.self) == "foo")
        #expect(String(decoding: bytes[tokens[1].start..<tokens[1].end], as: UTF8.self) == "bar")
    }

    @Test func emptyAndIgnoredOnlyDocumentsHaveNoTokens() throws {
        #expect(try lex("").isEmpty)
        #expect(try lex(" \n\t,# only a comment").isEmpty)
    }

    @Test func readsEveryPunctuator() throws {
        let tokens = try lex("! $ & ( ) ... : = @ [ ] { | }")
        #expect(tokens.map(\.kind) == [
            .bang, .dollar, .amp, .parenL, .parenR, .spread, .colon, .equals, .at,
            .bracketL, .bracketR, .braceL, .pipe, .braceR,
        ])
        #expect(tokens[5].start == 10 && tokens[5].end == 13)
    }

    @Test func readsNamesAsLongestMatch() throws {
        let tokens = try lex("_a1 B_2c __typename")
        #expect(tokens.map(\.kind) == [.name, .name, .name])
        #expect(tokens.map { $0.end - $0.start } == [3, 4, 10])
    }

    // MARK: Numbers

    @Test(arguments: [
        ("4", TokenKind.int), ("-4", .int), ("9", .int), ("0", .int), ("-0", .int),
        ("4.123", .float), ("-4.123", .float), ("0.123", .float), ("123e4", .float), ("123E4", .float),
        ("123e-4", .float), ("123e+4", .float), ("-1.123e4", .float), ("-1.123E4", .float),
        ("-1.123e-4", .float), ("-1.123e+4", .float), ("-1.123e4567", .float), ("0e0", .float),
    ])
    func readsNumbers(text: String, kind: TokenKind) throws {
        let token = try lexOne(text)
        #expect(token.kind == kind)
        #expect(token.start == 0 && token.end == text.utf8.count)
    }

    @Test func numbersKeepTheirTextThroughTheParser() throws {
        #expect(try parseValue("-1.123e+4") == .float(FloatValue("-1.123e+4")))
        #expect(try parseValue("-0") == .int(IntValue("-0")))
    }

    @Test(arguments: [
        SyntaxErrorCase("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2),
        SyntaxErrorCase("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        SyntaxErrorCase("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        SyntaxErrorCase("+1", "Unexpected character: \"+\".", 1, 1),
        SyntaxErrorCase("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3),
        SyntaxErrorCase("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3),
        SyntaxErrorCase(".123", "Unexpected character: \".\".", 1, 1),
        SyntaxErrorCase("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3),
        SyntaxErrorCase("-A", "Invalid number, expected digit but got: \"A\".", 1, 2),
        SyntaxErrorCase("-", "Invalid number, expected digit but got: <EOF>.", 1, 2),
        SyntaxErrorCase("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5),
        SyntaxErrorCase("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5),
        SyntaxErrorCase("1.0e\"", "Invalid number, expected digit but got: '\"'.", 1, 5),
        SyntaxErrorCase("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6),
        SyntaxErrorCase("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6),
        SyntaxErrorCase("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5),
        SyntaxErrorCase("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2),
        SyntaxErrorCase("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2),
        SyntaxErrorCase("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4),
        SyntaxErrorCase("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2),
        SyntaxErrorCase("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5),
        SyntaxErrorCase("1.234_5", "Invalid number, expected digit but got: \"_\".", 1, 6),
        SyntaxErrorCase("1.\u{00DF}", "Invalid number, expected digit but got: U+00DF.", 1, 3),
        SyntaxErrorCase("1\u{00DF}", "Unexpected character: U+00DF.", 1, 2),
    ])
    func rejectsBadNumbers(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try tokenize(Source(expected.source)) }, expected)
    }

    // MARK: Strings

    @Test(arguments: [
        (#""""#, ""),
        (#""simple""#, "simple"),
        (#"" white space ""#, " white space "),
        (#""quote \"""#, "quote \""),
        (#""escaped \n\r\b\t\f""#, "escaped \n\r\u{8}\t\u{C}"),
        (#""slashes \\ \/""#, "slashes \\ /"),
        (#""unicode \u1234\u5678\u90AB\uCDEF""#, "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}"),
        (#""unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}""#, "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}"),
        (#""string with unicode escape \u{1F600}""#, "string with unicode escape \u{1F600}"),
        (#""leading zeros \u{00000041}""#, "leading zeros A"),
        (#""surrogate pair \uD83D\uDE00""#, "surrogate pair \u{1F600}"),
        (#""lowercase pair \ud83d\ude00""#, "lowercase pair \u{1F600}"),
        (#""max \u{10FFFF} min \u{0}""#, "max \u{10FFFF} min \u{0}"),
        ("\"unescaped unicode \u{1F600} é\"", "unescaped unicode \u{1F600} é"),
        ("\"control \u{7} allowed\"", "control \u{7} allowed"),
    ])
    func readsStrings(text: String, value: String) throws {
        let token = try lexOne(text)
        #expect(token.kind == .string)
        #expect(token.value == value)
        #expect(token.start == 0 && token.end == text.utf8.count)
    }

    @Test func emptyStringFollowedByAQuoteIsABlockString() throws {
        let token = try lexOne("\"\"\"\"\"\"")
        #expect(token.kind == .blockString)
        #expect(token.value == "")
        #expect(try lex("\"\" \"\"").map(\.kind) == [.string, .string])
    }

    @Test(arguments: [
        SyntaxErrorCase("\"", "Unterminated string.", 1, 2),
        SyntaxErrorCase("\"\"\"", "Unterminated string.", 1, 4),
        SyntaxErrorCase("\"\"\"\"", "Unterminated string.", 1, 5),
        SyntaxErrorCase("\"no end quote", "Unterminated string.", 1, 14),
        SyntaxErrorCase("'single quotes'",
                        "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        SyntaxErrorCase("\"multi\nline\"", "Unterminated string.", 1, 7),
        SyntaxErrorCase("\"multi\rline\"", "Unterminated string.", 1, 7),
        SyntaxErrorCase(#""bad \z esc""#, #"Invalid character escape sequence: "\z"."#, 1, 6),
        SyntaxErrorCase(#""bad \x esc""#, #"Invalid character escape sequence: "\x"."#, 1, 6),
        SyntaxErrorCase("\"bad \\\u{00E9} esc\"", "Invalid character escape sequence: \"\\\u{00E9}\".", 1, 6),
        SyntaxErrorCase(#""bad \"#, #"Invalid character escape sequence: "\"."#, 1, 6),
        SyntaxErrorCase(#""bad \u1 esc""#, #"Invalid Unicode escape sequence: "\u1 es"."#, 1, 6),
        SyntaxErrorCase(#""bad \u0XX1 esc""#, #"Invalid Unicode escape sequence: "\u0XX1"."#, 1, 6),
        SyntaxErrorCase(#""bad \uXXXX esc""#, #"Invalid Unicode escape sequence: "\uXXXX"."#, 1, 6),
        SyntaxErrorCase(#""bad \uFXXX esc""#, #"Invalid Unicode escape sequence: "\uFXXX"."#, 1, 6),
        SyntaxErrorCase(#""bad \uXXXF esc""#, #"Invalid Unicode escape sequence: "\uXXXF"."#, 1, 6),
        SyntaxErrorCase(#""bad \u{} esc""#, #"Invalid Unicode escape sequence: "\u{}"."#, 1, 6),
        SyntaxErrorCase(#""bad \u{FXXX} esc""#, #"Invalid Unicode escape sequence: "\u{FX"."#, 1, 6),
        SyntaxErrorCase(#""bad \u{FFFF esc""#, #"Invalid Unicode escape sequence: "\u{FFFF "."#, 1, 6),
        SyntaxErrorCase(#""bad \u{FFFF""#, #"Invalid Unicode escape sequence: "\u{FFFF""."#, 1, 6),
        SyntaxErrorCase(#""too high \u{110000} esc""#, #"Invalid Unicode escape sequence: "\u{110000}"."#, 1, 11),
        SyntaxErrorCase(#""way too high \u{12345678} esc""#,
                        #"Invalid Unicode escape sequence: "\u{12345678}"."#, 1, 15),
        SyntaxErrorCase(#""overflow \u{80000000} esc""#, #"Invalid Unicode escape sequence: "\u{80000000"."#, 1, 11),
        SyntaxErrorCase(#""too long \u{000000000} esc""#,
                        #"Invalid Unicode escape sequence: "\u{000000000"."#, 1, 11),
        SyntaxErrorCase(#""bad surrogate \uDEAD esc""#, #"Invalid Unicode escape sequence: "\uDEAD"."#, 1, 16),
        SyntaxErrorCase(#""bad high surrogate pair \uDEAD\uDEAD esc""#,
                        #"Invalid Unicode escape sequence: "\uDEAD"."#, 1, 26),
        SyntaxErrorCase(#""bad low surrogate pair \uD800\uD800 esc""#,
                        #"Invalid Unicode escape sequence: "\uD800"."#, 1, 25),
        SyntaxErrorCase(#""lone lead \uD83D""#, #"Invalid Unicode escape sequence: "\uD83D"."#, 1, 12),
        SyntaxErrorCase(#""cannot use braces for surrogate pair \u{D83D}\u{DE00} esc""#,
                        #"Invalid Unicode escape sequence: "\u{D83D}"."#, 1, 39),
        SyntaxErrorCase(#""cannot escape half a pair \uD83D\u{DE00} esc""#,
                        #"Invalid Unicode escape sequence: "\uD83D"."#, 1, 28),
    ])
    func rejectsBadStrings(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try tokenize(Source(expected.source)) }, expected)
    }

    // MARK: Block strings

    @Test(arguments: [
        (#""""simple""""#, "simple"),
        (#"""" white space """"#, " white space "),
        (#""""contains " quote""""#, "contains \" quote"),
        (#""""contains \""" triple quote""""#, "contains \"\"\" triple quote"),
        ("\"\"\"multi\nline\"\"\"", "multi\nline"),
        ("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized"),
        (#""""unescaped \n\r\b\t\f\u1234""""#, #"unescaped \n\r\b\t\f\u1234"#),
        (#""""unescaped unicode outside BMP 😀""""#, "unescaped unicode outside BMP 😀"),
        (#""""slashes \\ \/""""#, #"slashes \\ \/"#),
        ("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"",
         "spans\n  multiple\n    lines"),
        ("\"\"\"  first line keeps indent\n    second\n      third\n  \"\"\"",
         "  first line keeps indent\nsecond\n  third"),
        ("\"\"\"\n\t\tTab\n\t\t  indented\n\"\"\"", "Tab\n  indented"),
        ("\"\"\"   \n  \n\"\"\"", ""),
        ("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"",
         "Hello,\n  World!\n\nYours,\n  GraphQL."),
        ("\"\"\"  \n  x\n   \n\"\"\"", "x"),
    ])
    func readsBlockStrings(text: String, value: String) throws {
        let token = try lexOne(text)
        #expect(token.kind == .blockString)
        #expect(token.value == value)
        #expect(token.end == text.utf8.count)
    }

    @Test func blockStringThenMoreTokensKeepsLinesRight() {
        let error = syntaxError { () throws(GraphQLError) in try tokenize(Source("\"\"\"a\n\nb\"\"\" ?")) }
        expectSyntaxError(error, SyntaxErrorCase("", "Unexpected character: \"?\".", 3, 6))
    }

    @Test(arguments: [
        SyntaxErrorCase("\"\"\"no end quote", "Unterminated string.", 1, 16),
        SyntaxErrorCase("\"\"\"a\nb", "Unterminated string.", 2, 2),
    ])
    func rejectsUnterminatedBlockStrings(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try tokenize(Source(expected.source)) }, expected)
    }

    // MARK: Unexpected characters and positions

    @Test(arguments: [
        SyntaxErrorCase("..", "Unexpected character: \".\".", 1, 1),
        SyntaxErrorCase("?", "Unexpected character: \"?\".", 1, 1),
        SyntaxErrorCase("~", "Unexpected character: \"~\".", 1, 1),
        SyntaxErrorCase("\u{00AA}", "Unexpected character: U+00AA.", 1, 1),
        SyntaxErrorCase("\u{0007}", "Unexpected character: U+0007.", 1, 1),
        SyntaxErrorCase("\u{203B}", "Unexpected character: U+203B.", 1, 1),
        SyntaxErrorCase("\u{1F600}", "Unexpected character: U+1F600.", 1, 1),
        SyntaxErrorCase("\n\n    ?\n", "Unexpected character: \"?\".", 3, 5),
        SyntaxErrorCase("a\r\n?", "Unexpected character: \"?\".", 2, 1),
        SyntaxErrorCase("a\r\r?", "Unexpected character: \"?\".", 3, 1),
        SyntaxErrorCase("\"é\" ?", "Unexpected character: \"?\".", 1, 5),
        SyntaxErrorCase("\u{FEFF}?", "Unexpected character: \"?\".", 1, 2),
        SyntaxErrorCase("#comment\n  ^", "Unexpected character: \"^\".", 2, 3),
    ])
    func reportsUnexpectedCharactersWithPositions(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try tokenize(Source(expected.source)) }, expected)
    }

    @Test func lookaheadDoesNotConsume() throws {
        try withLexer(Source("a \"d\" b")) { (lexer) throws(GraphQLError) in
            _ = try lexer.advance()
            #expect(lexer.text(lexer.token) == "a")
            let next = try lexer.lookahead()
            #expect(next.kind == .string && lexer.value(of: next) == "d")
            #expect(lexer.text(lexer.token) == "a")
            #expect(try lexer.advance() == next)
            #expect(lexer.tokenValue == "d")
            #expect(lexer.text(try lexer.advance()) == "b")
            #expect(try lexer.advance().kind == .eof)
            #expect(try lexer.advance().kind == .eof)
        }
    }

    @Test func sourceLocationsCountScalarsAndAllLineTerminators() {
        let source = Source("ab\ncd\r\nef\rg😀h")
        #expect(source.location(of: 0) == .init(line: 1, column: 1))
        #expect(source.location(of: 4) == .init(line: 2, column: 2))
        #expect(source.location(of: 7) == .init(line: 3, column: 1))
        #expect(source.location(of: 10) == .init(line: 4, column: 1))
        #expect(source.location(of: 15) == .init(line: 4, column: 3))
        #expect(source.location(of: 1000) == .init(line: 4, column: 4))
    }

    @Test func sourceLocationsInLongDocuments() {
        let lines = (0..<1000).map { "line\($0) é" }
        let source = Source(lines.joined(separator: "\n"))
        let text = Array(source.utf8)
        for line in [0, 1, 499, 998, 999] {
            let prefix = lines[..<line].reduce(0) { $0 + $1.utf8.count + 1 }
            let eAcute = prefix + lines[line].utf8.count - 2
            #expect(source.location(of: prefix) == .init(line: line + 1, column: 1))
            #expect(text[eAcute] == 0xC3)
            #expect(source.location(of: eAcute + 2) == .init(line: line + 1, column: lines[line].count + 1))
        }
    }
}
