import Testing
@testable import GraphQLEngine

@Suite("Printer")
struct PrinterTests {
    @Test(arguments: [KitchenSink.executable, KitchenSink.typeSystem])
    func kitchenSinksRoundTrip(text: String) throws {
        let document = try parse(text)
        let printed = printAST(document)
        let reparsed = try parse(printed)
        #expect(reparsed == document)
        #expect(printAST(reparsed) == printed)
    }

    @Test func printsQueriesInGraphQLJSLayout() throws {
        let document = try parse("""
            query Q($a: [Int!]! = [1], $b: In = {x: "y"} @d) @op { alias: f(a: $a) @skip(if: true) { ...F ... on T { g } } }
            { short }
            fragment F on T @fd { h }
            """)
        #expect(printAST(document) == """
            query Q($a: [Int!]! = [1], $b: In = {x: "y"} @d) @op {
              alias: f(a: $a) @skip(if: true) {
                ...F
                ... on T {
                  g
                }
              }
            }

            {
              short
            }

            fragment F on T @fd {
              h
            }
            """)
    }

    @Test func keepsTheQueryKeywordWhenNeeded() throws {
        #expect(printAST(try parse("query { a }")) == "{\n  a\n}")
        #expect(printAST(try parse("query @d { a }")) == "query @d {\n  a\n}")
        #expect(printAST(try parse("query ($v: Int) { a }")) == "query ($v: Int) {\n  a\n}")
        #expect(printAST(try parse("\"d\" query { a }")) == "\"d\"\nquery {\n  a\n}")
    }

    @Test func wrapsLongArgumentLists() throws {
        let long = "{ field(first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbb\", third: 3) }"
        #expect(printAST(try parse(long)) == """
            {
              field(
                first: "aaaaaaaaaaaaaaaaaaaaaaaaa"
                second: "bbbbbbbbbbbbbbbbbbbbbbbbb"
                third: 3
              )
            }
            """)
    }

    @Test func printsTypeSystemDefinitions() throws {
        let document = try parse("""
            "Doc" type A implements B & C @d { "f" f(a: Int = 1 @x, "b" b: [S!]): R! @e }
            union U @d = X | Y
            directive @x(a: Int) repeatable on FIELD | QUERY
            extend schema @s { query: Q }
            """)
        #expect(printAST(document) == """
            "Doc"
            type A implements B & C @d {
              "f"
              f(
                a: Int = 1 @x
                "b"
                b: [S!]
              ): R! @e
            }

            union U @d = X | Y

            directive @x(a: Int) repeatable on FIELD | QUERY

            extend schema @s {
              query: Q
            }
            """)
    }

    @Test func printsIndividualNodes() throws {
        #expect(printAST(try parseValue("{a: [1, 2.5, \"s\", E, null, true, $v]}")) == "{a: [1, 2.5, \"s\", E, null, true, $v]}")
        #expect(printAST(try parseType("[[A!]]!")) == "[[A!]]!")
        let field = Field(alias: "k", name: "f", arguments: [Argument(name: "x", value: .int(IntValue("1")))])
        #expect(printAST(field) == "k: f(x: 1)")
        #expect(printAST(Directive(name: "d")) == "@d")
    }

    // MARK: Strings

    @Test(arguments: [
        ("", #""""#),
        ("plain", #""plain""#),
        ("quote \" backslash \\", #""quote \" backslash \\""#),
        ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#),
        ("\u{0}\u{1F}\u{7F}\u{9F}", #""\u0000\u001F\u007F\u009F""#),
        ("é 🏠 /", "\"é 🏠 /\""),
    ])
    func printsQuotedStrings(value: String, printed: String) throws {
        #expect(printStringLiteral(value) == printed)
        #expect(try parseValue(printed) == .string(StringValue(value)))
    }

    @Test(arguments: [
        ("", #""""""""#),
        ("short", #""""short""""#),
        (" leading space", "\"\"\" leading space\"\"\""),
        ("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\""),
        ("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\""),
        ("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\""),
        ("has \"\"\" inside", #""""has \""" inside""""#),
        ("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\""),
        ("    indented first\nsecond", "\"\"\"\n    indented first\nsecond\n\"\"\""),
        ("first\n\n  blank between", "\"\"\"\nfirst\n\n  blank between\n\"\"\""),
    ])
    func printsBlockStrings(value: String, printed: String) throws {
        #expect(isPrintableAsBlockString(value))
        #expect(printBlockString(value) == printed)
        #expect(try parseValue(printed) == .string(StringValue(value, block: true)))
    }

    @Test(arguments: [
        "   ", "\nleading blank line", "trailing blank line\n", "trailing spaces line\n  ",
        "  every\n  line indented", "carriage\rreturn", "control \u{1} char", "\t",
    ])
    func fallsBackToQuotedStringsWhenABlockCannotCarryTheValue(value: String) throws {
        #expect(!isPrintableAsBlockString(value))
        let printed = printAST(ValueNode.string(StringValue(value, block: true)))
        #expect(printed.hasPrefix("\"") && !printed.hasPrefix("\"\"\""))
        #expect(try parseValue(printed) == .string(StringValue(value)))
    }

    @Test func longSingleLineBlockStringsGoOnTheirOwnLines() {
        let value = String(repeating: "x", count: 71)
        #expect(printBlockString(value) == "\"\"\"\n" + value + "\n\"\"\"")
    }

    @Test func blockDescriptionsStayReadableWhenIndented() throws {
        let text = "type A {\n  \"\"\"\n  Line one\n    indented\n  \"\"\"\n  f: Int\n}"
        let printed = printAST(try parse(text))
        #expect(printed == "type A {\n  \"\"\"\n  Line one\n    indented\n  \"\"\"\n  f: Int\n}")
        #expect(try parse(printed) == (try parse(text)))
    }
}
