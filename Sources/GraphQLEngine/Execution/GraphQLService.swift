/// The engine's front door for a server: parse (with limits), validate, cache, execute.
/// The HTTP layer decodes a `GraphQLRequest`, calls `execute`, and writes the result's
/// `jsonBytes()`; it uses `prepare` to learn an operation's type (GET must not mutate).
public final class GraphQLService: Sendable {
    /// Checks a parsed document; returns the errors (empty = valid).
    public typealias Validation = @Sendable (_ schema: GraphQLSchema, _ document: Document) -> [GraphQLError]

    /// Bounds on what a request may ask for, so a hostile document fails fast with a
    /// request error instead of costing unbounded time. `nil` means no limit.
    public struct Limits: Sendable {
        /// Most UTF-8 bytes of document text.
        public var maxDocumentBytes: Int?
        /// Token and nesting-depth limits, enforced by the parser.
        public var parse: ParseOptions
        /// Most fields an operation selects, fragments expanded (`MaxFieldCountRule`).
        public var maxFields: Int?
        /// Most aliased fields an operation selects, fragments expanded (`MaxAliasesRule`).
        public var maxAliases: Int?
        /// Deepest field nesting of an operation, fragments expanded, introspection aside
        /// (`MaxDepthRule`).
        public var maxSelectionDepth: Int?

        public init(
            maxDocumentBytes: Int? = 100_000,
            parse: ParseOptions = ParseOptions(maxTokens: 20_000, maxDepth: 64),
            maxFields: Int? = nil,
            maxAliases: Int? = nil,
            maxSelectionDepth: Int? = nil
        ) {
            self.maxDocumentBytes = maxDocumentBytes
            self.parse = parse
            self.maxFields = maxFields
            self.maxAliases = maxAliases
            self.maxSelectionDepth = maxSelectionDepth
        }

        /// The opt-in protection rules these limits ask for, run with the spec's rules.
        public var protectionRules: [any ValidationRule] {
            var rules: [any ValidationRule] = []
            if let maxSelectionDepth { rules.append(MaxDepthRule(limit: maxSelectionDepth)) }
            if let maxFields { rules.append(MaxFieldCountRule(limit: maxFields)) }
            if let maxAliases { rules.append(MaxAliasesRule(limit: maxAliases)) }
            return rules
        }
    }

    public let schema: GraphQLSchema
    public let limits: Limits
    public let options: ExecutionOptions
    private let validation: Validation
    private let cache: DocumentCache<Result<PreparedDocument, DocumentErrors>>

    /// - Parameters:
    ///   - cacheCapacity: how many distinct documents to keep parsed and validated; `0` disables caching.
    ///   - validation: nil runs the protection rules of `limits` (`Limits.protectionRules`)
    ///     first and, when they pass, the spec's rules; a custom closure replaces both.
    public init(
        schema: GraphQLSchema,
        limits: Limits = Limits(),
        cacheCapacity: Int = 512,
        options: ExecutionOptions = ExecutionOptions(),
        validation: Validation? = nil
    ) {
        self.schema = schema
        self.limits = limits
        self.options = options
        let protection = limits.protectionRules
        // Two passes: the protection rules are linear in the document, while some spec rules
        // (field merging) can be quadratic on adversarial documents, so an oversized operation
        // is rejected before the expensive rules see it.
        self.validation = validation ?? { schema, document in
            if !protection.isEmpty {
                let errors = validate(schema: schema, document: document, rules: protection)
                if !errors.isEmpty { return errors }
            }
            return validate(schema: schema, document: document)
        }
        self.cache = DocumentCache(capacity: cacheCapacity)
    }

    /// Parses and validates `query`, or returns the cached outcome of an earlier call with
    /// the same text. Failures are request errors.
    public func prepare(_ query: String) -> Result<Document, DocumentErrors> {
        prepared(query).map(\.document)
    }

    private func prepared(_ query: String) -> Result<PreparedDocument, DocumentErrors> {
        if let cached = cache.lookup(query) { return cached }
        let outcome = parseAndValidate(query).map(PreparedDocument.init)
        cache.store(query, outcome)
        return outcome
    }

    /// The type of the operation `request` would run; `nil` when the document is invalid
    /// or names no such operation. For the HTTP layer's GET-must-not-mutate rule.
    public func operationType(of request: GraphQLRequest) -> OperationType? {
        guard case .success(let document) = prepare(request.query) else { return nil }
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { return operation }
            return nil
        }
        guard case .success(let operation) = selectOperation(operations, named: request.operationName) else { return nil }
        return operation.operation
    }

    /// Runs a request from text to result: request errors (limits, syntax, validation,
    /// operation selection, variables) come back without `data`.
    ///
    /// - Parameter options: overrides the service's options for this request (e.g. an error
    ///   mapping that knows the request's id); nil uses `self.options`.
    public func execute(
        _ request: GraphQLRequest, context: any Sendable = (), rootValue: (any Sendable)? = nil,
        options: ExecutionOptions? = nil
    ) async -> ExecutionResult {
        let document: PreparedDocument
        switch prepared(request.query) {
        case .success(let prepared): document = prepared
        case .failure(let failure): return .requestErrors(failure.errors)
        }
        return await GraphQLEngine.execute(
            schema: schema, document: document.document, operationName: request.operationName,
            variableValues: request.variables, rootValue: rootValue, context: context,
            options: options ?? self.options, planCache: document.plans)
    }

    /// Cache hits, misses and entries so far (for metrics and tests).
    public var cacheStatistics: (hits: Int, misses: Int, count: Int) { cache.statistics }

    private func parseAndValidate(_ query: String) -> Result<Document, DocumentErrors> {
        if let maxBytes = limits.maxDocumentBytes, query.utf8.count > maxBytes {
            return .failure(DocumentErrors([GraphQLError("Document exceeds the maximum size of \(maxBytes) bytes.")], phase: .parse))
        }
        let document: Document
        do {
            document = try parse(Source(query), options: limits.parse)
        } catch {
            return .failure(DocumentErrors([error], phase: .parse))
        }
        let errors = validation(schema, document)
        if !errors.isEmpty { return .failure(DocumentErrors(errors)) }
        return .success(document)
    }
}

/// A parsed and validated document with the root plans of its executions so far.
private struct PreparedDocument: Sendable {
    let document: Document
    let plans = OperationPlanCache()

    init(_ document: Document) {
        self.document = document
    }
}

/// The request errors of a document that cannot be executed (a `Result` failure type).
public struct DocumentErrors: Error, Sendable {
    /// Where the document failed: HTTP answers an unparsable document with 400 and an
    /// invalid one with 422 (GraphQL over HTTP, "Status Codes").
    public enum Phase: Sendable, Hashable {
        /// Too large, a syntax error, or a parser limit (tokens, depth).
        case parse
        /// Parsed, but failed validation or a selection-count limit.
        case validation
    }

    public var errors: [GraphQLError]
    public var phase: Phase

    public init(_ errors: [GraphQLError], phase: Phase = .validation) {
        self.errors = errors
        self.phase = phase
    }
}
