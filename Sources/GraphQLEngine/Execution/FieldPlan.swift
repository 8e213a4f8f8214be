import Synchronization

/// One response key of a collected selection on one object type, prepared once per
/// execution and reused for every object it applies to (a 1,000-row list coerces its
/// arguments and collects its sub-selection once, not 1,000 times).
final class FieldPlan: Sendable {
    let responseKey: String
    let fieldName: String
    /// All nodes merged under this response key (spec §6.3.2 CollectFields).
    let fieldNodes: [Field]
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
    private let subPlans = Mutex<[(ObjectIdentifier, SelectionPlan)]>([])

    init(
        responseKey: String,
        fieldNodes: [Field],
        parentType: GraphQLObjectType,
        definition: GraphQLField,
        variables: ObjectValue
    ) {
        self.responseKey = responseKey
        self.fieldName = definition.name
        self.fieldNodes = fieldNodes
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
                definitions: definition.args, nodes: fieldNodes[0].arguments,
                variables: variables, nodeLocation: fieldNodes[0].loc
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

    /// Source locations of the field nodes, for errors.
    var locations: [SourceLocation] {
        fieldNodes.compactMap { $0.loc?.startLocation }
    }

    /// The collected sub-selection of this field for values of `objectType` (spec §6.4.3
    /// CollectSubfields), computed on first use.
    func subPlan(for objectType: GraphQLObjectType, in context: ExecutionContext) -> SelectionPlan {
        let id = ObjectIdentifier(objectType)
        if let cached = subPlans.withLock({ plans in plans.first { $0.0 == id }?.1 }) {
            return cached
        }
        var selectionSets: [SelectionSet] = []
        selectionSets.reserveCapacity(fieldNodes.count)
        for node in fieldNodes {
            if let selectionSet = node.selectionSet { selectionSets.append(selectionSet) }
        }
        let plan = collectFields(objectType: objectType, selectionSets: selectionSets, context: context)
        return subPlans.withLock { plans in
            if let existing = plans.first(where: { $0.0 == id }) { return existing.1 }
            plans.append((id, plan))
            return plan
        }
    }
}

/// The fields collected for one object type from one or more selection sets, with their
/// response keys kept as one array that every result object built from it shares.
final class SelectionPlan: Sendable {
    let fields: [FieldPlan]
    let keys: [String]

    init(fields: [FieldPlan]) {
        self.fields = fields
        self.keys = fields.map(\.responseKey)
    }
}
