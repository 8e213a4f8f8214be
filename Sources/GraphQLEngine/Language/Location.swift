/// Where an AST node came from: the UTF-8 byte range `start..<end` of the source text it
/// was parsed from.
///
/// A location is offsets only. It does not refer to its `Source`: that reference would be
/// retained by every node the parser builds and released again when the tree is freed,
/// about a sixth of all parse work. The source is kept once, by the `Document` (and the
/// `GraphQLSchema` built from one); line and column come from `startLocation(in:)`.
/// (AST node equality ignores locations altogether; see `IgnoredInEquality`.)
public struct Location: Sendable, Hashable {
    // Offsets are stored as 32 bits to keep every AST node small; sources are far below
    // 2 GiB, which the server's request limits ensure.
    @usableFromInline var storedStart: Int32
    @usableFromInline var storedEnd: Int32

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
    init(storedStart: Int32, storedEnd: Int32) {
        self.storedStart = storedStart
        self.storedEnd = storedEnd
    }

    @inlinable
    public init(start: Int, end: Int) {
        self.storedStart = Int32(clamping: start)
        self.storedEnd = Int32(clamping: end)
    }

    /// The line and column of `start` in `source` (the text this node was parsed from), as
    /// reported in error `locations`.
    public func startLocation(in source: Source) -> SourceLocation {
        source.location(of: start)
    }
}

/// A `Location?` in 8 bytes instead of 9 (a start of `Int32.min`, never a real offset,
/// stands for "none"), for storage that is packed tightly (see `FieldStorage`).
@usableFromInline
struct PackedLocation: Sendable {
    @usableFromInline let start: Int32
    @usableFromInline let end: Int32

    @inlinable
    init(_ location: Location?) {
        if let location {
            start = location.storedStart
            end = location.storedEnd
        } else {
            start = .min
            end = .min
        }
    }

    @inlinable
    var location: Location? {
        start == .min ? nil : Location(storedStart: start, storedEnd: end)
    }
}

/// Start positions of node locations in `source`, in order, skipping nodes built without
/// one (and every node when there is no source, i.e. the whole tree was built in code).
func startLocations(_ locations: [Location?], in source: Source?) -> [SourceLocation] {
    guard let source else { return [] }
    return locations.compactMap { $0.map { source.location(of: $0.start) } }
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
