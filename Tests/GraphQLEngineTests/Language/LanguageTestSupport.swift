import Testing
@testable import GraphQLEngine

/// An expected syntax error: message without the `Syntax Error: ` prefix, and 1-based position.
struct SyntaxErrorCase: Sendable, CustomTestStringConvertible {
    var source: String
    var message: String
    var line: Int
    var column: Int

    init(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        self.source = source
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { source.debugDescription }
}

/// The tokens of `text` (without `<EOF>`).
func lex(_ text: String) throws -> [Token] {
    try tokenize(Source(text))
}

/// The first token of `text`.
func lexOne(_ text: String) throws -> Token {
    let tokens = try lex(text)
    return try #require(tokens.first)
}

/// The error thrown by `body`, or nil when it did not throw.
func syntaxError<R>(_ body: () throws(GraphQLError) -> R) -> GraphQLError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// Checks that `error` is exactly the expected syntax error.
func expectSyntaxError(
    _ error: GraphQLError?, _ expected: SyntaxErrorCase, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(error?.message == "Syntax Error: " + expected.message, sourceLocation: sourceLocation)
    #expect(
        error?.locations == [GraphQLEngine.SourceLocation(line: expected.line, column: expected.column)],
        sourceLocation: sourceLocation)
}
