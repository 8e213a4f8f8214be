import GraphQLEngine

/// A parent value was not what its type's resolvers expect: a wiring bug, reported as an
/// internal error rather than a crash.
struct UnexpectedParent: Error, CustomStringConvertible {
    let expected: String
    let found: String
    var description: String { "resolver expected a \(expected) parent, got \(found)" }
}

/// Casts a resolver's parent value to the model type its object type is built from.
func cast<T>(_ source: any Sendable, as type: T.Type) throws -> T {
    guard let value = source as? T else {
        throw UnexpectedParent(expected: String(describing: T.self), found: String(describing: Swift.type(of: source)))
    }
    return value
}

extension APIContext {
    /// The API context the engine hands back to a resolver.
    static func from(_ context: any Sendable) throws -> APIContext {
        try cast(context, as: APIContext.self)
    }
}
