import Synchronization

/// One response key of a collected selection on one object type, prepared once per
/// execution and reused for every object it applies to (a 1,000-row list coerces its
/// arguments and collects its sub-selection once, not 1,000 times).
final class FieldPlan: Sendable {
    let responseKey: String
    let fieldName: String
    /// The first node collected under this response key (spec §6.3.2 CollectFields).
    let firstNode: Field
    /// The other nodes merged under the same key, usually none.
    let otherNodes: [Field]
    let parentType: GraphQLObjectType
    let definition: GraphQLField
    let returnType: GraphQLType
    /// `returnType` is nullable: an error here yields null instead of propagating.
    let isNullable: Bool
    let isTypeName: Bool
    /// The built-in scalar at the core of `returnType`, for inline serialization.
    let leafKind: LeafKind
    /// Coerced arguments (spec §6.4.1); empty when coercion failed.
    let argumentValues: ObjectValue
    /// Why argument coercion failed; `nil` when it succeeded.
    let argumentError: GraphQLError?
    /// Sub-selections collected per runtime object type, filled lazily (and concurrently
    /// when sibling async fields complete at the same time, hence the lock).
    private let subPlans = Mutex(SubPlans())

    init(
        responseKey: String,
        firstNode: Field,
        otherNodes: [Field],
        parentType: GraphQLObjectType,
        definition: GraphQLField,
        variables: ObjectValue,
        source: Source?
    ) {
        self.responseKey = responseKey
        self.fieldName = definition.name
        self.firstNode = firstNode
        self.otherNodes = otherNodes
        self.parentType = parentType
        self.definition = definition
        self.returnType = definition.type
        self.isNullable = !definition.type.isNonNull
        self.isTypeName = definition.name == "__typename"
        if case .scalar(let scalar) = definition.type.namedType {
            self.leafKind = LeafKind(scalar)
        } else {
            self.leafKind = .custom
        }
        if definition.args.isEmpty {
            argumentValues = ObjectValue()
            argumentError = nil
        } else {
            switch coerceArgumentValues(
                definitions: definition.args, nodes: firstNode.arguments,
                variables: variables, nodeLocation: firstNode.loc, source: source
            ) {
            case .success(let values):
                argumentValues = values
                argumentError = nil
            case .failure(let error):
                argumentValues = ObjectValue()
                argumentError = error
            }
        }
    }

    /// All nodes merged under this response key, in document order.
    var fieldNodes: [Field] { [firstNode] + otherNodes }

    /// Line and column of the field nodes in `source` (the document's text), for errors.
    func locations(in source: Source?) -> [SourceLocation] {
        startLocations(fieldNodes.map(\.loc), in: source)
    }

    /// The collected sub-selection of this field for values of `objectType` (spec §6.4.3
    /// CollectSubfields), computed on first use.
    func subPlan(for objectType: GraphQLObjectType, in context: ExecutionContext) -> SelectionPlan {
        let id = ObjectIdentifier(objectType)
        if let cached = subPlans.withLock({ plans in plans.plan(for: id) }) {
            return cached
        }
        // `otherNodes` is nearly always empty, and mapping an empty array allocates nothing.
        let plan = collectFields(
            objectType: objectType, selectionSet: firstNode.selectionSet ?? SelectionSet(selections: []),
            more: otherNodes.compactMap(\.selectionSet), context: context)
        return subPlans.withLock { plans in
            if let existing = plans.plan(for: id) { return existing }
            plans.add(plan, for: id)
            return plan
        }
    }
}

/// A field's sub-plans by runtime object type. A field of an object type has exactly one,
/// kept inline; only abstract types need the array (saves an allocation per plan).
private struct SubPlans {
    var first: (id: ObjectIdentifier, plan: SelectionPlan)?
    var more: [(id: ObjectIdentifier, plan: SelectionPlan)] = []

    func plan(for id: ObjectIdentifier) -> SelectionPlan? {
        if let first, first.id == id { return first.plan }
        for entry in more where entry.id == id { return entry.plan }
        return nil
    }

    mutating func add(_ plan: SelectionPlan, for id: ObjectIdentifier) {
        if first == nil { first = (id, plan) } else { more.append((id, plan)) }
    }
}

/// The fields collected for one object type from one or more selection sets, with their
/// response keys kept as one array that every result object built from it shares.
final class SelectionPlan: Sendable {
    let fields: [FieldPlan]
    let keys: [String]

    /// `keys` must be the fields' response keys in order (the collector's key list, when
    /// no field was left out, so it is not rebuilt).
    init(fields: [FieldPlan], keys: [String]) {
        self.fields = fields
        self.keys = keys
    }

    convenience init(fields: [FieldPlan]) {
        self.init(fields: fields, keys: fields.map(\.responseKey))
    }
}
