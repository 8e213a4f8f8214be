import Synchronization

/// Root field plans of one document kept across requests, so a repeated query skips field
/// collection and argument coercion too, not just parsing and validation.
///
/// Plans depend on the chosen operation and on the coerced variable values (through
/// `@skip`/`@include` conditions and arguments), so both are the key. Plans hold no
/// per-request state, which makes sharing them between concurrent executions safe.
/// At most `capacity` variable sets are kept per document (oldest dropped first): queries
/// sent with ever-changing variables still work, they just miss.
final class OperationPlanCache: Sendable {
    private struct Entry {
        let operationName: String?
        let variables: ObjectValue
        let plan: SelectionPlan
    }

    private let capacity: Int
    private let entries = Mutex<[Entry]>([])

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// The cached root plan for this operation and variables, or `build()`'s, stored.
    func rootPlan(operationName: String?, variables: ObjectValue, build: () -> SelectionPlan) -> SelectionPlan {
        if let found = entries.withLock({ entries in
            entries.first { $0.operationName == operationName && $0.variables == variables }?.plan
        }) {
            return found
        }
        let plan = build()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeFirst() }
            entries.append(Entry(operationName: operationName, variables: variables, plan: plan))
        }
        return plan
    }
}
