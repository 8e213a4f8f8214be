// Spec §6.1 "Executing Requests" and §6.2 "Executing Operations": operation selection,
// variable coercion, and dispatch to the query / mutation algorithms.

/// Executes an operation of a validated `document` against `schema`.
///
/// - Parameters:
///   - operationName: which operation to run; `nil` is allowed when the document has
///     exactly one.
///   - variableValues: the request's raw variables (e.g. from JSON); coerced per §6.1.2.
///   - rootValue: the parent value of root fields; `nil` gives them `()`.
///   - context: handed to every resolver (the API layer's request context).
/// - Returns: a request error result (no `data`) when the operation cannot be selected or
///   variables cannot be coerced; otherwise `data` with any field errors.
public func execute(
    schema: GraphQLSchema,
    document: Document,
    operationName: String? = nil,
    variableValues: ObjectValue = ObjectValue(),
    rootValue: (any Sendable)? = nil,
    context: any Sendable = (),
    options: ExecutionOptions = ExecutionOptions()
) async -> ExecutionResult {
    await execute(
        schema: schema, document: document, operationName: operationName, variableValues: variableValues,
        rootValue: rootValue, context: context, options: options, planCache: nil)
}

/// `execute` with an optional cache of root plans for this document (from `GraphQLService`).
func execute(
    schema: GraphQLSchema,
    document: Document,
    operationName: String?,
    variableValues: ObjectValue,
    rootValue: (any Sendable)?,
    context: any Sendable,
    options: ExecutionOptions,
    planCache: OperationPlanCache?
) async -> ExecutionResult {
    var operations: [OperationDefinition] = []
    var fragments: [String: FragmentDefinition] = [:]
    for definition in document.definitions {
        switch definition {
        case .operation(let operation): operations.append(operation)
        case .fragment(let fragment): fragments[fragment.name.value] = fragment
        default: break
        }
    }
    let operation: OperationDefinition
    switch selectOperation(operations, named: operationName) {
    case .success(let selected): operation = selected
    case .failure(let error): return .requestErrors([error])
    }
    if operation.operation == .subscription {
        return .requestErrors([GraphQLError(
            "Subscriptions are not supported by this server.",
            locations: startLocations([operation.loc], in: document.source))])
    }
    let (coerced, variableErrors) = coerceVariableValues(
        schema: schema, definitions: operation.variableDefinitions, inputs: variableValues,
        source: document.source)
    if !variableErrors.isEmpty { return .requestErrors(variableErrors) }
    let execution = ExecutionContext(
        schema: schema, fragments: fragments, rootValue: rootValue, operation: operation,
        source: document.source, variableValues: coerced, context: context, options: options)
    guard let rootType = schema.rootType(for: operation.operation) else {
        return ExecutionResult(data: .null, errors: [GraphQLError(
            "Schema is not configured to execute \(operation.operation.rawValue) operation.",
            locations: startLocations([operation.loc], in: document.source))])
    }
    let executor = Executor(context: execution)
    let build = { collectFields(objectType: rootType, selectionSet: operation.selectionSet, context: execution) }
    let plan = planCache?.rootPlan(operationName: operationName, variables: coerced, build: build) ?? build()
    let data = await executor.executeRoot(plan, rootValue: rootValue ?? ())
    return ExecutionResult(data: data, errors: execution.recordedErrors)
}

/// Spec §6.1 GetOperation, with graphql-js's messages.
func selectOperation(_ operations: [OperationDefinition], named name: String?) -> Result<OperationDefinition, GraphQLError> {
    if let name {
        guard let operation = operations.first(where: { $0.name?.value == name }) else {
            return .failure(GraphQLError("Unknown operation named \"\(name)\"."))
        }
        return .success(operation)
    }
    switch operations.count {
    case 1: return .success(operations[0])
    case 0: return .failure(GraphQLError("Must provide an operation."))
    default: return .failure(GraphQLError("Must provide operation name if query contains multiple operations."))
    }
}
