/// Knobs of one execution that the layer above the engine sets.
public struct ExecutionOptions: Sendable {
    /// Turns an error thrown by a resolver that is not a `GraphQLError` into the error
    /// reported for the field (the executor then adds `locations` and `path`). The API
    /// layer uses it to set `extensions.code` and to mask internal errors; the default
    /// reports `String(describing: error)` as the message.
    public var mapError: @Sendable (_ error: any Error, _ info: ResolveInfo) -> GraphQLError

    public init(mapError: @escaping @Sendable (_ error: any Error, _ info: ResolveInfo) -> GraphQLError = ExecutionOptions.describeError) {
        self.mapError = mapError
    }

    /// The default error mapping: the error's description becomes the message.
    public static let describeError: @Sendable (_ error: any Error, _ info: ResolveInfo) -> GraphQLError = { error, _ in
        GraphQLError(String(describing: error))
    }
}
