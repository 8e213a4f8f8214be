/// Spec §5.6.1 "Values of Correct Type", §5.6.2 "Input Object Field Names" and §5.6.4
/// "Input Object Required Fields": every literal can be coerced to the type expected where
/// it stands (variables are assumed valid; their types are checked by
/// VariablesInAllowedPositionRule). Includes the OneOf input object rules: exactly one
/// field, not null, and a variable given for it must be non-nullable.
public struct ValuesOfCorrectTypeRule: ValidationRule {
    public init() {}
    public var name: String { "ValuesOfCorrectTypeRule" }
    public func makeChecker(context: ValidationContext) -> any ValidationRuleChecker { Checker(context) }

    private final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        /// The variable definitions of the operation being visited (for the OneOf check).
        var variableDefinitions: [String: VariableDefinition] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) -> ValidationAction {
            variableDefinitions.removeAll()
            return .continue
        }

        func enterVariableDefinition(_ node: VariableDefinition) -> ValidationAction {
            variableDefinitions[node.variable.name.value] = node
            return .continue
        }

        func enterValue(_ node: ValueNode) -> ValidationAction {
            switch node {
            case .variable:
                return .continue
            case .null:
                if let type = context.inputType, type.isNonNull {
                    context.report("Expected value of type \"\(type)\", found null.", at: node.loc)
                }
                return .continue
            case .list:
                // The walker has entered the list: the parent input type is the list's own.
                if context.parentInputType?.isList != true {
                    checkLeaf(node)
                    return .skip
                }
                return .continue
            case .object(let object):
                guard case .inputObject(let type)? = context.inputType?.namedType else {
                    checkLeaf(node)
                    return .skip
                }
                checkObject(object, node: node, type: type)
                return .continue
            case .int, .float, .string, .boolean, .enumValue:
                checkLeaf(node)
                return .continue
            }
        }

        func enterObjectField(_ node: ObjectField) -> ValidationAction {
            if context.inputType == nil, case .inputObject(let parent)? = context.parentInputType?.namedType {
                let name = node.name.value
                context.report(
                    "Field \"\(name)\" is not defined by type \"\(parent.name)\"."
                        + didYouMean(suggestionList(name, parent.fields.names)),
                    at: node.loc
                )
            }
            return .continue
        }

        private func checkObject(_ object: ObjectValueNode, node: ValueNode, type: GraphQLInputObjectType) {
            var given: [String: ObjectField] = [:]
            for field in object.fields where given[field.name.value] == nil { given[field.name.value] = field }
            for definition in type.fields where definition.isRequired && given[definition.name] == nil {
                context.report(
                    "Field \"\(type.name).\(definition.name)\" of required type \"\(definition.type)\" was not provided.",
                    at: node.loc
                )
            }
            if type.isOneOf { checkOneOf(object, node: node, type: type) }
        }

        /// OneOf Input Objects (spec §3.10.1, §5.6.1): exactly one field, whose value is
        /// neither `null` nor a nullable variable.
        private func checkOneOf(_ object: ObjectValueNode, node: ValueNode, type: GraphQLInputObjectType) {
            var names: [String] = []
            var valueByName: [String: ValueNode] = [:]
            for field in object.fields where valueByName[field.name.value] == nil {
                names.append(field.name.value)
                valueByName[field.name.value] = field.value
            }
            guard names.count == 1 else {
                context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: node.loc)
                return
            }
            switch valueByName[names[0]]! {
            case .null:
                context.report("Field \"\(type.name).\(names[0])\" must be non-null.", at: node.loc)
            case .variable(let variable):
                let name = variable.name.value
                if let definition = variableDefinitions[name], !isNonNullTypeNode(definition.type) {
                    context.report(
                        "Variable \"\(name)\" must be non-nullable to be used for OneOf Input Object \"\(type.name)\".",
                        at: node.loc
                    )
                }
            default:
                break
            }
        }

        /// Checks a literal where a scalar or enum is expected: anything else, or a literal
        /// the type's literal coercion rejects, is reported.
        private func checkLeaf(_ node: ValueNode) {
            guard let locationType = context.inputType else { return }
            do {
                switch locationType.namedType {
                case .scalar(let scalar): _ = try scalar.parseLiteral(node, variables: nil)
                case .enum(let enumType): _ = try enumType.parseLiteral(node, variables: nil)
                default:
                    context.report("Expected value of type \"\(locationType)\", found \(printAST(node)).", at: node.loc)
                }
            } catch {
                var error = error
                if error.locations.isEmpty { error.locations = startLocations([node.loc], in: context.document.source) }
                context.report(error)
            }
        }

        private func isNonNullTypeNode(_ node: TypeNode) -> Bool {
            if case .nonNull = node { return true }
            return false
        }
    }
}
