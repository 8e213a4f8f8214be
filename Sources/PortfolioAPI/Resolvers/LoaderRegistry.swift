import GraphQLEngine
import Synchronization

/// The DataLoaders of one request, created on first use and shared by every resolver of
/// that request, so sibling fields (the `units` of 50 buildings) land in one batch. A new
/// registry per request keeps cached rows from crossing users or organizations.
public final class LoaderRegistry: Sendable {
    private let loaders = Mutex<[String: any Sendable]>([:])

    /// How long a queued load waits at most when the engine's batch coordinator does not
    /// dispatch it. The coordinator sends each batch as soon as every resolver of the step
    /// has settled (resolvers must not load inside `async let` or task groups, which it
    /// cannot see), so this is only a safety net. It must be longer than resolving one level
    /// of a large page takes, or that level is split into several batches (the engine's
    /// 20 ms default did split in debug builds on a loaded two-core machine).
    static let fallbackDelay: Duration = .seconds(1)

    public init() {}

    /// The loader registered under `name`, made by `make` the first time.
    func loader<Key: Hashable & Sendable, Value: Sendable>(
        _ name: String, _ make: () -> DataLoader<Key, Value>
    ) -> DataLoader<Key, Value> {
        loaders.withLock { table in
            if let existing = table[name] as? DataLoader<Key, Value> { return existing }
            let created = make()
            table[name] = created
            return created
        }
    }
}
