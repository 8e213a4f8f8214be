/// The one error type of the engine, shaped exactly as the spec's Response section
/// (§7.1.2) serializes it: a message, the source locations it concerns, the response path
/// of the field that raised it, and free-form extensions (where the API layer puts
/// `extensions.code`).
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// Empty when the error concerns no particular place in the document.
    public var locations: [SourceLocation]
    /// `nil` for request errors (parse, validation, variable coercion); set for field errors.
    public var path: [PathComponent]?
    /// `nil` when there is nothing to add; serialized as the `extensions` entry otherwise.
    public var extensions: ObjectValue?

    public init(
        _ message: String,
        locations: [SourceLocation] = [],
        path: [PathComponent]? = nil,
        extensions: ObjectValue? = nil
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    public var description: String {
        var text = message
        if !locations.isEmpty {
            text += " (" + locations.map(\.description).joined(separator: ", ") + ")"
        }
        return text
    }
}

/// One step of a response path: a field's response key or a list index (spec §7.1.2).
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }
}
