import Synchronization

/// Everything one execution shares across fields and tasks (graphql-js's
/// `ExecutionContext`): the operation, coerced variables, the caller's context, and the
/// errors raised so far. Immutable except for the error list, which is locked.
final class ExecutionContext: Sendable {
    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinition]
    let rootValue: (any Sendable)?
    let operation: OperationDefinition
    /// The document's text, to turn node locations into line and column in errors.
    let source: Source?
    let variableValues: ObjectValue
    let context: any Sendable
    let options: ExecutionOptions
    let coordinator = BatchCoordinator()
    private let errors = Mutex<[GraphQLError]>([])

    init(
        schema: GraphQLSchema,
        fragments: [String: FragmentDefinition],
        rootValue: (any Sendable)?,
        operation: OperationDefinition,
        source: Source?,
        variableValues: ObjectValue,
        context: any Sendable,
        options: ExecutionOptions
    ) {
        self.schema = schema
        self.fragments = fragments
        self.rootValue = rootValue
        self.operation = operation
        self.source = source
        self.variableValues = variableValues
        self.context = context
        self.options = options
    }

    func record(_ error: GraphQLError) {
        errors.withLock { $0.append(error) }
    }

    var recordedErrors: [GraphQLError] {
        errors.withLock { $0 }
    }

    /// A resolver's error as the field's error: a `GraphQLError` as it is, anything else
    /// through `options.mapError`.
    func graphQLError(from error: any Error, plan: FieldPlan, parentPath: ResponsePath?) -> GraphQLError {
        if let error = error as? GraphQLError { return error }
        return options.mapError(error, ResolveInfo(plan: plan, parentPath: parentPath, execution: self))
    }
}
