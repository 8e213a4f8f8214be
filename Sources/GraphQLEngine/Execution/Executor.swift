// Spec §6.3 "Executing Selection Sets" and §6.4 "Executing Fields": field execution,
// value completion and null propagation (§6.4.4 "Handling Execution Errors").
//
// The executor works in two passes so in-memory data never pays for async: a sync pass
// resolves every sync field and completes its value, leaving a `PendingResult` where an
// async resolver sits; then all pending jobs run concurrently, each job again sync-first.

/// Why completing a value did not produce one: a field error not yet recorded (the
/// catching position records it with its own path), or a null that must propagate
/// further because a non-null position became null (already recorded).
enum CompletionFailure: Error {
    case error(GraphQLError)
    case propagate
}

/// The sync-pass result of completing a value.
enum Completed {
    case value(Value)
    case pending(PendingResult)
}

/// The outcome of executing one field: its value, a pending job, or a propagating null.
enum FieldOutcome {
    case value(Value)
    case pending(PendingResult)
    case propagate
}

struct Executor: Sendable {
    let context: ExecutionContext

    /// Runs the root selection set (spec §6.2.1 / §6.2.2) and returns `data`.
    func executeRoot(_ plan: SelectionPlan, rootValue: any Sendable) async -> Value {
        if context.operation.operation == .mutation {
            return await executeSerially(plan, source: rootValue)
        }
        let completed: Completed
        do {
            completed = try executeFields(plan, source: rootValue, path: nil)
        } catch {
            return .null
        }
        switch completed {
        case .value(let value): return value
        case .pending(let pending): return await resolveTopLevel(pending) ?? .null
        }
    }

    /// Mutation root fields one after another, each finished before the next starts
    /// (spec §6.3.3 "Normal and Serial Execution").
    func executeSerially(_ plan: SelectionPlan, source: any Sendable) async -> Value {
        var values: [Value] = []
        values.reserveCapacity(plan.fields.count)
        for field in plan.fields {
            switch executeField(field, source: source, parentPath: nil) {
            case .value(let value):
                values.append(value)
            case .pending(let pending):
                guard let value = await resolveTopLevel(pending) else { return .null }
                values.append(value)
            case .propagate:
                return .null
            }
        }
        return .object(ObjectValue(uniqueKeys: plan.keys, values: values))
    }

    // MARK: - Sync pass

    /// Executes the fields of one object (spec §6.3 ExecuteCollectedFields); a field that
    /// propagates null makes the whole object propagate.
    func executeFields(_ plan: SelectionPlan, source: any Sendable, path: ResponsePath?) throws(CompletionFailure) -> Completed {
        let fields = plan.fields
        var values: [Value] = []
        values.reserveCapacity(fields.count)
        var slots: [PendingSlot] = []
        var access: SourceAccess? = nil
        for index in fields.indices {
            switch executeField(fields[index], source: source, access: &access, parentPath: path) {
            case .value(let value):
                values.append(value)
            case .pending(let pending):
                values.append(.null)
                slots.append(PendingSlot(index: index, pending: pending))
            case .propagate:
                throw .propagate
            }
        }
        if slots.isEmpty { return .value(.object(ObjectValue(uniqueKeys: plan.keys, values: values))) }
        return .pending(.object(keys: plan.keys, values: values, slots: slots))
    }

    /// Spec §6.4 ExecuteField: coerced arguments, resolution, completion, and the field
    /// error handling of §6.4.4.
    func executeField(_ plan: FieldPlan, source: any Sendable, parentPath: ResponsePath?) -> FieldOutcome {
        var access: SourceAccess? = nil
        return executeField(plan, source: source, access: &access, parentPath: parentPath)
    }

    /// `access` caches how the default resolver reads `source`, shared by the fields of one
    /// object so that the (comparatively slow) protocol cast happens once per object.
    func executeField(
        _ plan: FieldPlan, source: any Sendable, access: inout SourceAccess?, parentPath: ResponsePath?
    ) -> FieldOutcome {
        if plan.isTypeName { return .value(.string(plan.parentType.name)) }
        if let argumentError = plan.argumentError {
            return fieldFailed(plan, argumentError, parentPath: parentPath)
        }
        let raw: (any Sendable)?
        switch plan.definition.resolve {
        case nil:
            if access == nil { access = SourceAccess(source) }
            // `access!` on the inout optional reads in place; `unsafelyUnwrapped` would copy
            // the access (retaining the parent object's storage) for every field.
            raw = access!.read(plan.fieldName)
        case .sync(let resolve):
            do {
                raw = try resolve(source, plan.argumentValues, context.context,
                                  ResolveInfo(plan: plan, parentPath: parentPath, execution: context))
            } catch {
                return fieldFailed(plan, context.graphQLError(from: error, plan: plan, parentPath: parentPath),
                                   parentPath: parentPath)
            }
        case .async(let resolve):
            return .pending(.job(FieldJob(plan: plan, source: source, parentPath: parentPath, resolve: resolve)))
        }
        return completeField(plan, raw, parentPath: parentPath)
    }

    /// Completes a resolved field value and applies the field's nullability.
    func completeField(_ plan: FieldPlan, _ raw: (any Sendable)?, parentPath: ResponsePath?) -> FieldOutcome {
        do {
            switch try completeValue(plan.returnType, raw, plan: plan, parentPath: parentPath, key: .key(plan.responseKey)) {
            case .value(let value): return .value(value)
            case .pending(let pending): return .pending(plan.isNullable ? .nullable(pending) : pending)
            }
        } catch {
            switch error {
            case .error(let fieldError): return fieldFailed(plan, fieldError, parentPath: parentPath)
            case .propagate: return plan.isNullable ? .value(.null) : .propagate
            }
        }
    }

    /// Records a field error at the field's position; null there, or propagation when the
    /// field is non-null.
    func fieldFailed(_ plan: FieldPlan, _ error: GraphQLError, parentPath: ResponsePath?) -> FieldOutcome {
        record(error, plan: plan, path: ResponsePath.components(parentPath, appending: .key(plan.responseKey)))
        return plan.isNullable ? .value(.null) : .propagate
    }

    func record(_ error: GraphQLError, plan: FieldPlan, path: [PathComponent]) {
        var located = error
        if located.path == nil {
            located.path = path
            if located.locations.isEmpty { located.locations = plan.locations(in: context.source) }
        }
        context.record(located)
    }

    /// Spec §6.4.3 CompleteValue for `type` at position `parentPath` + `key`.
    func completeValue(
        _ type: GraphQLType, _ raw: (any Sendable)?, plan: FieldPlan, parentPath: ResponsePath?, key: PathComponent
    ) throws(CompletionFailure) -> Completed {
        if case .nonNull(let inner) = type {
            let completed = try completeValue(inner, raw, plan: plan, parentPath: parentPath, key: key)
            if case .value(.null) = completed {
                throw .error(GraphQLError(
                    "Cannot return null for non-nullable field \(plan.parentType.name).\(plan.fieldName)."))
            }
            return completed
        }
        guard let raw else { return .value(.null) }
        let rawType = dynamicTypeID(raw)
        if isExactly(rawType, Value.self), case .null = exactCast(raw, to: Value.self) { return .value(.null) }
        switch type {
        case .nonNull:
            preconditionFailure("handled above")
        case .list(let itemType):
            return try completeList(itemType, raw, plan: plan, parentPath: parentPath, key: key)
        case .named(let named):
            switch named {
            case .scalar(let scalar):
                if let value = plan.leafKind.fastSerialize(raw, typeID: rawType) { return .value(value) }
                if isNoneOptional(raw) { return .value(.null) }
                do { return .value(try scalar.serialize(raw)) } catch { throw .error(error) }
            case .enum(let enumType):
                if isExactly(rawType, String.self), enumType.values.contains(name: exactCast(raw, to: String.self)) {
                    return .value(.string(exactCast(raw, to: String.self)))
                }
                if isNoneOptional(raw) { return .value(.null) }
                do { return .value(try enumType.serialize(raw)) } catch { throw .error(error) }
            case .object(let objectType):
                return try completeObject(objectType, raw, plan: plan, parentPath: parentPath, key: key)
            case .interface, .union:
                let objectType = try resolveRuntimeType(named, raw, plan: plan, parentPath: parentPath)
                return try completeObject(objectType, raw, plan: plan, parentPath: parentPath, key: key,
                                          checkedType: true)
            case .inputObject:
                throw .error(GraphQLError("Cannot complete value of unexpected output type: \"\(named.name)\"."))
            }
        }
    }

    func completeList(
        _ itemType: GraphQLType, _ raw: any Sendable, plan: FieldPlan, parentPath: ResponsePath?, key: PathComponent
    ) throws(CompletionFailure) -> Completed {
        let items: ResolvedItems
        if isExactly(raw, [any Sendable].self) {
            items = .boxed(exactCast(raw, to: [any Sendable].self))
        } else if isExactly(raw, Value.self), case .list(let values) = exactCast(raw, to: Value.self) {
            items = .boxed(values)
        } else if let list = raw as? any ReadableList {
            items = .readable(list)
        } else if let array = raw as? [any Sendable] {
            // Any other Swift array: the runtime converts it (one copy, elements boxed).
            items = .boxed(array)
        } else {
            if isNoneOptional(raw) { return .value(.null) }
            throw .error(GraphQLError(
                "Expected Iterable, but did not find one for field \"\(plan.parentType.name).\(plan.fieldName)\"."))
        }
        let listPath = ResponsePath(parent: parentPath, component: key)
        let itemIsNullable = !itemType.isNonNull
        // Only arrays of optionals (`[T?]`) can hold a `.none` in disguise: asked once per list.
        let mayHoldNone = !isExactly(raw, [any Sendable].self) && !isExactly(raw, Value.self)
            && raw is any ArrayOfOptionals
        var values: [Value] = []
        values.reserveCapacity(items.count)
        var slots: [PendingSlot] = []
        for index in 0..<items.count {
            let item: (any Sendable)? = mayHoldNone && isNoneOptional(items[index]) ? nil : items[index]
            do {
                switch try completeValue(itemType, item, plan: plan, parentPath: listPath, key: .index(index)) {
                case .value(let value):
                    values.append(value)
                case .pending(let pending):
                    values.append(.null)
                    slots.append(PendingSlot(index: index, pending: itemIsNullable ? .nullable(pending) : pending))
                }
            } catch {
                // Spec §6.4.4: an item error nulls the item, or the list if items are non-null.
                if case .error(let itemError) = error {
                    record(itemError, plan: plan, path: ResponsePath.components(listPath, appending: .index(index)))
                }
                guard itemIsNullable else { throw .propagate }
                values.append(.null)
            }
        }
        if slots.isEmpty { return .value(.list(values)) }
        return .pending(.list(values: values, slots: slots))
    }

    func completeObject(
        _ objectType: GraphQLObjectType, _ raw: any Sendable, plan: FieldPlan, parentPath: ResponsePath?,
        key: PathComponent, checkedType: Bool = false
    ) throws(CompletionFailure) -> Completed {
        if !checkedType, let isTypeOf = objectType.isTypeOf {
            let matches: Bool
            do {
                matches = try isTypeOf(raw, context.context, ResolveInfo(plan: plan, parentPath: parentPath, execution: context))
            } catch {
                throw .error(context.graphQLError(from: error, plan: plan, parentPath: parentPath))
            }
            if !matches {
                throw .error(GraphQLError("Expected value of type \"\(objectType.name)\" but got: \(inspect(any: raw))."))
            }
        }
        let subPlan = plan.subPlan(for: objectType, in: context)
        return try executeFields(subPlan, source: raw, path: ResponsePath(parent: parentPath, component: key))
    }

    /// Spec §6.4.3 ResolveAbstractType: the type's `resolveType`, then `GraphQLTyped`, then
    /// a `__typename` entry of a map value, then each possible type's `isTypeOf`.
    func resolveRuntimeType(
        _ abstractType: GraphQLNamedType, _ raw: any Sendable, plan: FieldPlan, parentPath: ResponsePath?
    ) throws(CompletionFailure) -> GraphQLObjectType {
        let schema = context.schema
        var resolver: TypeResolver?
        switch abstractType {
        case .interface(let interface): resolver = interface.resolveType
        case .union(let union): resolver = union.resolveType
        default: resolver = nil
        }
        var typeName: String?
        if let resolver {
            do {
                typeName = try resolver(raw, context.context, ResolveInfo(plan: plan, parentPath: parentPath, execution: context))
            } catch {
                throw .error(context.graphQLError(from: error, plan: plan, parentPath: parentPath))
            }
        }
        if typeName == nil, let typed = raw as? any GraphQLTyped { typeName = typed.graphQLTypeName }
        if typeName == nil {
            var map: ObjectValue?
            if let object = raw as? ObjectValue { map = object }
            if case .object(let object)? = raw as? Value { map = object }
            if case .string(let name)? = map?["__typename"] { typeName = name }
        }
        if typeName == nil {
            for candidate in schema.possibleTypes(of: abstractType) {
                guard let isTypeOf = candidate.isTypeOf else { continue }
                let matches: Bool
                do {
                    matches = try isTypeOf(raw, context.context, ResolveInfo(plan: plan, parentPath: parentPath, execution: context))
                } catch {
                    throw .error(context.graphQLError(from: error, plan: plan, parentPath: parentPath))
                }
                if matches { return candidate }
            }
        }
        let abstractName = abstractType.name
        guard let typeName else {
            throw .error(GraphQLError(
                "Abstract type \"\(abstractName)\" must resolve to an Object type at runtime for field \"\(plan.parentType.name).\(plan.fieldName)\". Either the \"\(abstractName)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."))
        }
        guard let runtimeType = schema.type(named: typeName) else {
            throw .error(GraphQLError(
                "Abstract type \"\(abstractName)\" was resolved to a type \"\(typeName)\" that does not exist inside the schema."))
        }
        guard case .object(let objectType) = runtimeType else {
            throw .error(GraphQLError("Abstract type \"\(abstractName)\" was resolved to a non-object type \"\(typeName)\"."))
        }
        guard schema.isPossibleType(objectType, of: abstractType) else {
            throw .error(GraphQLError("Runtime Object type \"\(typeName)\" is not a possible type for \"\(abstractName)\"."))
        }
        return objectType
    }

    // MARK: - Async pass

    /// Resolves a pending tree from the top of the request, with the batch coordinator
    /// installed for `DataLoader`s.
    func resolveTopLevel(_ pending: PendingResult) async -> Value? {
        let coordinator = context.coordinator
        return await BatchCoordinator.$current.withValue(coordinator) {
            coordinator.begin()
            let value = await resolve(pending)
            coordinator.end()
            return value
        }
    }

    /// Runs every job of `pending` concurrently and assembles the result; `nil` when a
    /// null propagates past the tree's top.
    func resolve(_ pending: PendingResult) async -> Value? {
        var jobs: [FieldJob] = []
        pending.gatherJobs(into: &jobs)
        var outcomes = [Value?](repeating: nil, count: jobs.count)
        if jobs.count == 1 {
            outcomes[0] = await run(jobs[0])
        } else {
            let coordinator = context.coordinator
            await withTaskGroup(of: (Int, Value?).self) { group in
                for (index, job) in jobs.enumerated() {
                    coordinator.begin()
                    group.addTask {
                        let outcome = await self.run(job)
                        coordinator.end()
                        return (index, outcome)
                    }
                }
                coordinator.end()
                for await (index, outcome) in group { outcomes[index] = outcome }
                coordinator.begin()
            }
        }
        var cursor = 0
        return pending.assemble(outcomes, cursor: &cursor)
    }

    /// One async field: resolve, complete (sync first), then its own pending parts.
    func run(_ job: FieldJob) async -> Value? {
        let plan = job.plan
        let raw: (any Sendable)?
        do {
            raw = try await job.resolve(job.source, plan.argumentValues, context.context,
                                        ResolveInfo(plan: plan, parentPath: job.parentPath, execution: context))
        } catch {
            let outcome = fieldFailed(plan, context.graphQLError(from: error, plan: plan, parentPath: job.parentPath),
                                      parentPath: job.parentPath)
            if case .value(let value) = outcome { return value }
            return nil
        }
        switch completeField(plan, raw, parentPath: job.parentPath) {
        case .value(let value): return value
        case .propagate: return nil
        case .pending(let pending): return await resolve(pending)
        }
    }
}
