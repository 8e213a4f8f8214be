// Input object reference cycles (spec §3.10 "Circular References" and
// InputObjectDefaultValueHasCycle).

/// Finds chains of non-null singular input fields leading back to their input object,
/// which no finite value could satisfy. Remembers visited types across calls so each
/// cycle is reported once (graphql-js `createInputObjectCircularRefsValidator`).
struct InputObjectCycleDetector {
    struct Message {
        var text: String
        var locations: [Location?]
    }

    private var visited: Set<String> = []
    private var fieldPath: [GraphQLInputField] = []
    private var pathIndexByTypeName: [String: Int] = [:]
    private var messages: [Message] = []

    mutating func check(_ inputObject: GraphQLInputObjectType) -> [Message] {
        messages = []
        detect(inputObject)
        return messages
    }

    private mutating func detect(_ inputObject: GraphQLInputObjectType) {
        guard visited.insert(inputObject.name).inserted else { return }
        pathIndexByTypeName[inputObject.name] = fieldPath.count
        for field in inputObject.fields {
            guard case .nonNull(.named(.inputObject(let fieldType))) = field.type else { continue }
            fieldPath.append(field)
            if let cycleIndex = pathIndexByTypeName[fieldType.name] {
                let cycle = fieldPath[cycleIndex...]
                messages.append(Message(
                    text: "Cannot reference Input Object \"\(fieldType.name)\" within itself through a series of non-null fields: \"\(cycle.map(\.name).joined(separator: "."))\".",
                    locations: cycle.map { $0.astNode?.loc }
                ))
            } else {
                detect(fieldType)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[inputObject.name] = nil
    }
}

extension SchemaValidator {
    /// Reports an input object whose field defaults, applied to an empty value, would
    /// expand forever (spec InputObjectDefaultValueHasCycle), using the defaults as written.
    mutating func validateDefaultValueCycles(_ inputObject: GraphQLInputObjectType) {
        if let cycle = defaultValueCycle(inputObject, .object(ObjectValueNode(fields: [])), visited: []) {
            report("Invalid circular reference. The default value of Input Object field \(cycle) references itself.",
                   locations: [inputObject.astNode?.name.loc])
        }
    }

    /// The coordinate of a field whose default leads back to itself; `nil` when none.
    private func defaultValueCycle(
        _ inputObject: GraphQLInputObjectType, _ value: ValueNode, visited: [String]
    ) -> String? {
        switch value {
        case .list(let list):
            for item in list.values {
                if let cycle = defaultValueCycle(inputObject, item, visited: visited) { return cycle }
            }
            return nil
        case .object(let object):
            for field in inputObject.fields {
                guard case .inputObject(let fieldType) = field.type.namedType else { continue }
                if let provided = object.fields.first(where: { $0.name.value == field.name }) {
                    if let cycle = defaultValueCycle(fieldType, provided.value, visited: visited) { return cycle }
                    continue
                }
                guard let fieldDefault = field.defaultValueLiteral else { continue }
                let coordinate = "\(inputObject.name).\(field.name)"
                if visited.contains(coordinate) { return coordinate }
                if let cycle = defaultValueCycle(fieldType, fieldDefault, visited: visited + [coordinate]) {
                    return cycle
                }
            }
            return nil
        default:
            return nil
        }
    }
}
