/// Limits and switches for `parse`, `parseValue` and `parseType`.
///
/// The limits exist so that a hostile request fails with a `GraphQLError` instead of
/// using unbounded time or stack; neither is part of the spec.
public struct ParseOptions: Sendable, Hashable {
    /// Most tokens (not counting `<EOF>`, comments or other ignored tokens) a document may
    /// have; `nil` means no limit. Exceeding it fails with
    /// `Syntax Error: Document contains more than N tokens. Parsing aborted.`
    public var maxTokens: Int?
    /// Deepest nesting allowed of selection sets, list and object values, and list types
    /// (each `{`/`[` level counts one). Exceeding it fails with
    /// `Syntax Error: Document exceeds the maximum nesting depth of N. Parsing aborted.`
    /// This also bounds the recursion of everything that later walks the tree.
    public var maxDepth: Int
    /// When true, nodes get `loc == nil`: slightly faster, for documents whose errors will
    /// never need positions.
    public var noLocation: Bool

    /// The default depth, far above what real operations need (a depth-30 query is deep).
    public static let defaultMaxDepth = 128

    public init(maxTokens: Int? = nil, maxDepth: Int = ParseOptions.defaultMaxDepth, noLocation: Bool = false) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
        self.noLocation = noLocation
    }
}
