/// What a resolver may want to know about the field it resolves (spec §6.4.2): the field
/// and its nodes, the types around it, where it sits in the response, and the operation.
///
/// Cheap to create (three references): the per-field parts live in the executor's cached
/// field plan and the per-request parts in the shared execution state, so a resolver that
/// ignores `info` pays next to nothing for it.
public struct ResolveInfo: Sendable {
    let plan: FieldPlan
    let parentPath: ResponsePath?
    let execution: ExecutionContext

    init(plan: FieldPlan, parentPath: ResponsePath?, execution: ExecutionContext) {
        self.plan = plan
        self.parentPath = parentPath
        self.execution = execution
    }

    /// The field's name in the schema (not its alias).
    public var fieldName: String { plan.fieldName }
    /// The field's key in the response: its alias, or its name.
    public var responseKey: String { plan.responseKey }
    /// Every node of the document requesting this field under this response key (fields
    /// with the same response key are merged, spec §6.3.2).
    public var fieldNodes: [Field] { plan.fieldNodes }
    /// The field's declared type.
    public var returnType: GraphQLType { plan.returnType }
    /// The object type the field is being resolved on (the concrete type, never abstract).
    public var parentType: GraphQLObjectType { plan.parentType }
    /// The response path of this field, root first, ending with `responseKey`.
    public var path: [PathComponent] {
        ResponsePath.components(parentPath, appending: .key(plan.responseKey))
    }
    /// The response path as a linked list, for resolvers that extend it cheaply.
    public var responsePath: ResponsePath { ResponsePath(parent: parentPath, component: .key(plan.responseKey)) }
    public var schema: GraphQLSchema { execution.schema }
    /// Fragment definitions of the document, by name.
    public var fragments: [String: FragmentDefinition] { execution.fragments }
    /// The root value given to `execute`; `nil` when none was given.
    public var rootValue: (any Sendable)? { execution.rootValue }
    /// The operation being executed.
    public var operation: OperationDefinition { execution.operation }
    /// The operation's coerced variable values (spec §6.1.2).
    public var variableValues: ObjectValue { execution.variableValues }
}
