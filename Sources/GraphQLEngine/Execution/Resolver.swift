// The resolver contract: how the executor asks application code for field values and
// for the concrete type of an abstract value (spec §6.4.2 "Value Resolution",
// §6.4.3 ResolveAbstractType).

/// Produces the value of one field (spec §6.4.2 ResolveFieldValue).
///
/// Two forms, because most fields in a typical request are in-memory (introspection,
/// fields of already-loaded rows) and should not pay for a suspension point each, while
/// database-backed fields must be able to run concurrently:
/// - `.sync`: called inline; when a whole subtree is sync the executor never spawns a task.
/// - `.async`: the executor runs sibling async fields of a query concurrently (mutation
///   root fields one after another, spec §6.3 "Normal and Serial Execution").
///
/// Every form receives the parent value (`source`), the field's arguments already coerced
/// per §6.4.1 (defaults applied, variables substituted; an argument that was neither given
/// nor defaulted is absent), the per-request `context`, and `ResolveInfo`.
///
/// What to return: `nil` (or `Value.null`) for null; for leaf types anything the scalar's
/// `serialize` accepts (`Value`, `String`, `Int`, `Bool`, `Double`, ...); for object,
/// interface and union types any `Sendable` parent value for the child fields (an
/// `ObjectValue`, a `GraphQLFieldReadable`, a model struct the child resolvers know);
/// for list types any Swift array (or `Value.list`). Throwing a `GraphQLError` keeps its
/// message and extensions; any other error goes through `ExecutionOptions.mapError`.
public enum FieldResolver: Sendable {
    public typealias SyncFunction = @Sendable (
        _ source: any Sendable, _ arguments: ObjectValue, _ context: any Sendable, _ info: ResolveInfo
    ) throws -> (any Sendable)?

    public typealias AsyncFunction = @Sendable (
        _ source: any Sendable, _ arguments: ObjectValue, _ context: any Sendable, _ info: ResolveInfo
    ) async throws -> (any Sendable)?

    case sync(SyncFunction)
    case async(AsyncFunction)

    /// A resolver that returns the same value for every parent; handy for constants and tests.
    public static func constant(_ value: some Sendable) -> FieldResolver {
        .sync { _, _, _, _ in value }
    }
}

/// Names the concrete object type of a value whose static type is an interface or union
/// (spec §6.4.3 ResolveAbstractType). Returns the object type's name; `nil` means "not
/// decided here": the executor then asks `GraphQLTyped`, then each possible type's `isTypeOf`.
public typealias TypeResolver = @Sendable (
    _ value: any Sendable, _ context: any Sendable, _ info: ResolveInfo
) throws -> String?

/// Decides whether a value belongs to an object type, for abstract-type resolution when
/// neither `resolveType` nor `GraphQLTyped` answers.
public typealias IsTypeOf = @Sendable (_ value: any Sendable, _ context: any Sendable, _ info: ResolveInfo) throws -> Bool

/// A parent value the default resolver can read fields from without reflection.
///
/// Fields with no `resolve` read the key named after the field (not the alias) from the
/// parent: an `ObjectValue`, a `Value.object`, or a value conforming to this protocol.
public protocol GraphQLFieldReadable: Sendable {
    /// The value of field `name`, or `nil` for null / absent.
    func graphQLField(_ name: String) -> (any Sendable)?
}

/// A value that knows the name of its GraphQL object type, so interface and union fields
/// can be completed without a `resolveType` function.
public protocol GraphQLTyped: Sendable {
    /// The name of the object type this value is an instance of.
    var graphQLTypeName: String { get }
}
