/// Where an AST node came from: the UTF-8 byte range `start..<end` in `source`.
///
/// Two locations are equal when they cover the same range of the same `Source` object.
/// (AST node equality ignores locations altogether; see `IgnoredInEquality`.)
public struct Location: Sendable, Hashable {
    /// UTF-8 offset of the node's first token.
    public var start: Int
    /// UTF-8 offset just past the node's last token.
    public var end: Int
    public var source: Source

    public init(start: Int, end: Int, source: Source) {
        self.start = start
        self.end = end
        self.source = source
    }

    /// The line and column of `start`, as reported in error `locations`.
    public var startLocation: SourceLocation { source.location(of: start) }

    public static func == (lhs: Location, rhs: Location) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.source === rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(ObjectIdentifier(source))
    }
}

/// Wraps a node's `loc` so that the synthesized `Equatable`/`Hashable` of AST nodes compare
/// structure only: a document printed and parsed again equals the original even though
/// every location differs. Always equal to any other instance; contributes nothing to a hash.
@propertyWrapper
public struct IgnoredInEquality<Wrapped: Sendable>: Sendable, Hashable {
    public var wrappedValue: Wrapped

    @inlinable
    public init(wrappedValue: Wrapped) {
        self.wrappedValue = wrappedValue
    }

    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool { true }

    @inlinable
    public func hash(into hasher: inout Hasher) {}
}
