import GraphQLEngine
import Synchronization

/// The DataLoaders of one request, created on first use and shared by every resolver of
/// that request, so sibling fields (the `units` of 50 buildings) land in one batch. A new
/// registry per request keeps cached rows from crossing users or organizations.
public final class LoaderRegistry: Sendable {
    private let loaders = Mutex<[String: any Sendable]>([:])

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
