/// A part of the response that still waits for async resolvers: the sync pass of the
/// executor builds everything it can and leaves these where async fields sit, then all
/// the jobs of a tree run concurrently and the tree is assembled (spec §6.3.3: fields of
/// a query may be executed in any order, "normally" in parallel).
///
/// Assembling yields a value, or `nil` when a null must propagate past this part
/// (a non-null position became null; its error is already recorded).
indirect enum PendingResult: Sendable {
    /// An async field still to resolve and complete; its outcome already accounts for the
    /// field's own nullability.
    case job(FieldJob)
    /// An object with some fields pending (`values` holds placeholders at their indices).
    case object(keys: [String], values: [Value], slots: [PendingSlot])
    /// A list with some items pending.
    case list(values: [Value], slots: [PendingSlot])
    /// A nullable position: a propagating null stops here and becomes `null`.
    case nullable(PendingResult)
}

/// One pending entry of an object or list under construction.
struct PendingSlot: Sendable {
    let index: Int
    let pending: PendingResult
}

/// An async field of one object, captured with everything needed to run it later.
struct FieldJob: Sendable {
    let plan: FieldPlan
    let source: any Sendable
    let parentPath: ResponsePath?
    let resolve: FieldResolver.AsyncFunction
}

extension PendingResult {
    /// Appends the jobs of this tree in assembly order.
    func gatherJobs(into jobs: inout [FieldJob]) {
        switch self {
        case .job(let job): jobs.append(job)
        case .nullable(let inner): inner.gatherJobs(into: &jobs)
        case .object(_, _, let slots), .list(_, let slots):
            for slot in slots { slot.pending.gatherJobs(into: &jobs) }
        }
    }

    /// Builds the final value from the jobs' outcomes (in `gatherJobs` order).
    func assemble(_ outcomes: [Value?], cursor: inout Int) -> Value? {
        switch self {
        case .job:
            defer { cursor += 1 }
            return outcomes[cursor]
        case .nullable(let inner):
            return inner.assemble(outcomes, cursor: &cursor) ?? .null
        case .object(let keys, var values, let slots):
            var propagates = false
            for slot in slots {
                if let value = slot.pending.assemble(outcomes, cursor: &cursor) {
                    values[slot.index] = value
                } else {
                    propagates = true
                }
            }
            return propagates ? nil : .object(ObjectValue(uniqueKeys: keys, values: values))
        case .list(var values, let slots):
            var propagates = false
            for slot in slots {
                if let value = slot.pending.assemble(outcomes, cursor: &cursor) {
                    values[slot.index] = value
                } else {
                    propagates = true
                }
            }
            return propagates ? nil : .list(values)
        }
    }
}
