import GraphQLEngine
import MariaDB

/// Reads an input object argument whose shape the engine already validated and coerced:
/// a missing or null field reads as nil.
struct InputObject: Sendable {
    let fields: ObjectValue

    /// The object argument `name` of a field; an empty object when absent.
    init(_ arguments: ObjectValue, _ name: String = "input") {
        if case .object(let object)? = arguments[name] { fields = object } else { fields = ObjectValue() }
    }

    func string(_ key: String) -> String? {
        if case .string(let text)? = fields[key] { return text }
        return nil
    }

    /// An Int field; nil when absent or null.
    func int(_ key: String) -> Int? {
        if case .int(let value)? = fields[key] { return value }
        return nil
    }

    /// A `[String!]` (or enum list) field; nil when absent or null.
    func strings(_ key: String) -> [String]? {
        guard case .list(let items)? = fields[key] else { return nil }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// Whether the client sent the field at all (null included): "leave as is" vs "set".
    func has(_ key: String) -> Bool { fields[key] != nil }
}

extension APIContext {
    /// The connection pool, or an internal error when the server runs without a database.
    func requirePool() throws -> MariaDBPool {
        guard let pool = services.pool else { throw NoDatabase() }
        return pool
    }

    /// The verified viewer; fields reach this only behind an access directive, so the
    /// error is a safety net.
    func requireViewer() throws -> Viewer {
        guard let viewer = authentication.viewer else { throw APIErrors.unauthenticated() }
        return viewer
    }
}

/// A resolver needed the database and the server has none (a tool or test built without one).
struct NoDatabase: Error, CustomStringConvertible {
    var description: String { "no database configured" }
}
