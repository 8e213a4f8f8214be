/// A response path (spec §7.1.2 "Response Position") kept as a linked list from leaf to
/// root, so that extending it for a child costs one small allocation and siblings share
/// their parent's prefix. Turned into `[PathComponent]` only for errors and `ResolveInfo`.
public final class ResponsePath: Sendable {
    /// `nil` for a root field's path.
    public let parent: ResponsePath?
    public let component: PathComponent

    public init(parent: ResponsePath?, component: PathComponent) {
        self.parent = parent
        self.component = component
    }

    /// Root-first components, as they appear in an error's `path`.
    public var components: [PathComponent] {
        ResponsePath.components(self, appending: nil)
    }

    /// Root-first components of `path` followed by `last`; `path == nil` is the root.
    static func components(_ path: ResponsePath?, appending last: PathComponent?) -> [PathComponent] {
        var count = last == nil ? 0 : 1
        var node = path
        while let current = node {
            count += 1
            node = current.parent
        }
        var result = [PathComponent](repeating: .index(0), count: count)
        var index = count - 1
        if let last {
            result[index] = last
            index -= 1
        }
        node = path
        while let current = node {
            result[index] = current.component
            index -= 1
            node = current.parent
        }
        return result
    }
}
