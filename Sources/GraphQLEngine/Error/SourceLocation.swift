/// A 1-based line and column in a GraphQL source text, as reported in error `locations`
/// (spec §7.1.2 "Errors"). Columns count Unicode scalar values, as graphql-js does.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
