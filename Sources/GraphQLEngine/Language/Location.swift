/// Where an AST node came from: the UTF-8 byte range `start..<end` in `source`.
///
/// Two locations are equal when they cover the same range of the same `Source` object.
/// (AST node equality ignores locations altogether; see `IgnoredInEquality`.)
public struct Location: Sendable, Hashable {
    // Offsets are stored as 32 bits to keep every AST node small (a `Location?` is then
    // 16 bytes); sources are far below 2 GiB, which the server's request limits ensure.
    @usableFromInline var storedStart: Int32
    @usableFromInline var storedEnd: Int32
    public var source: Source

    /// UTF-8 offset of the node's first token.
    @inlinable
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    /// UTF-8 offset just past the node's last token.
    @inlinable
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    @inlinable
    public init(start: Int, end: Int, source: Source) {
        self.storedStart = Int32(clamping: start)
        self.storedEnd = Int32(clamping: end)
        self.source = source
    }

    /// The line and column of `start`, as reported in error `locations`.
    public var startLocation: SourceLocation { source.location(of: start) }

    public static func == (lhs: Location, rhs: Location) -> Bool {
        lhs.storedStart == rhs.storedStart && lhs.storedEnd == rhs.storedEnd && lhs.source === rhs.source
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
