// Type relations used by validation and execution (graphql-js `typeComparators`).

/// True when both types have the same wrapping around the same named type.
public func isEqualType(_ typeA: GraphQLType, _ typeB: GraphQLType) -> Bool {
    typeA == typeB
}

/// True when a value of `maybeSubType` may be used where `superType` is expected: the same
/// type, a non-null version of it, or (inside the same wrappers) an object or interface
/// implementing / a member of the abstract `superType`. Used for field covariance
/// (spec §3.6 IsValidImplementationFieldType) and variable usage (spec §5.8.5).
public func isTypeSubTypeOf(_ schema: GraphQLSchema, _ maybeSubType: GraphQLType, _ superType: GraphQLType) -> Bool {
    if maybeSubType == superType { return true }
    switch (maybeSubType, superType) {
    case (.nonNull(let sub), .nonNull(let sup)):
        return isTypeSubTypeOf(schema, sub, sup)
    case (_, .nonNull):
        return false
    case (.nonNull(let sub), _):
        return isTypeSubTypeOf(schema, sub, superType)
    case (.list(let sub), .list(let sup)):
        return isTypeSubTypeOf(schema, sub, sup)
    case (_, .list), (.list, _):
        return false
    case (.named(let sub), .named(let sup)):
        guard sup.isAbstractType else { return false }
        switch sub {
        case .object, .interface: return schema.isSubType(abstract: sup, maybeSub: sub)
        default: return false
        }
    }
}

/// True when some object type could be both `typeA` and `typeB` — two composite types
/// whose possible types intersect (spec §5.5.2.3 "Fragment spread is possible").
public func doTypesOverlap(_ schema: GraphQLSchema, _ typeA: GraphQLNamedType, _ typeB: GraphQLNamedType) -> Bool {
    if typeA == typeB { return true }
    if typeA.isAbstractType {
        if typeB.isAbstractType {
            return schema.possibleTypes(of: typeA).contains { schema.isSubType(abstract: typeB, maybeSub: .object($0)) }
        }
        return schema.isSubType(abstract: typeA, maybeSub: typeB)
    }
    if typeB.isAbstractType {
        return schema.isSubType(abstract: typeB, maybeSub: typeA)
    }
    return false
}

/// The named type at the core of `type`; `nil` in, `nil` out (graphql-js `getNamedType`).
public func getNamedType(_ type: GraphQLType?) -> GraphQLNamedType? {
    type?.namedType
}

/// The type without its non-null wrapper; `nil` in, `nil` out (graphql-js `getNullableType`).
public func getNullableType(_ type: GraphQLType?) -> GraphQLType? {
    type?.nullableType
}

/// Scalars, enums and input objects, however wrapped (spec §3.4.2).
public func isInputType(_ type: GraphQLType) -> Bool { type.isInputType }

/// Everything but input objects, however wrapped (spec §3.4.2).
public func isOutputType(_ type: GraphQLType) -> Bool { type.isOutputType }

/// Scalars and enums (unwrapped).
public func isLeafType(_ type: GraphQLNamedType) -> Bool { type.isLeafType }

/// Objects, interfaces and unions (unwrapped).
public func isCompositeType(_ type: GraphQLNamedType) -> Bool { type.isCompositeType }

/// Interfaces and unions (unwrapped).
public func isAbstractType(_ type: GraphQLNamedType) -> Bool { type.isAbstractType }
